import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Brute-force counters of sign-in attempts (database store, used when REDIS_URL is not set). */
export class Migration20261207133500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "b2b_auth_throttle" ("id" text not null, "count" integer not null default 0, "reset_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_auth_throttle_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_auth_throttle_deleted_at" ON "b2b_auth_throttle" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_auth_throttle_reset_at" ON "b2b_auth_throttle" ("reset_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "b2b_auth_throttle" cascade;`)
  }
}
