import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125071342 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "onec_outbox" drop constraint if exists "onec_outbox_order_id_unique";`
    )
    this.addSql(
      `create table if not exists "onec_outbox" ("id" text not null, "order_id" text not null, "status" text check ("status" in ('pending', 'sent', 'dead')) not null default 'pending', "attempts" integer not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "response_status" integer null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onec_outbox_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_outbox_deleted_at" ON "onec_outbox" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_outbox_order_id_unique" ON "onec_outbox" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_outbox_status_next_attempt_at" ON "onec_outbox" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "onec_outbox" cascade;`)
  }
}
