import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { DEFAULT_STATUSES } from "../order-statuses"

export class Migration20261125103019 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "b2b_order_status" drop constraint if exists "b2b_order_status_code_unique";`
    )
    this.addSql(
      `alter table if exists "b2b_order_state" drop constraint if exists "b2b_order_state_order_id_unique";`
    )
    this.addSql(
      `create table if not exists "b2b_order_state" ("id" text not null, "order_id" text not null, "status_code" text not null, "changed_at" timestamptz not null, "changed_by" text null, "source" text check ("source" in ('portal', 'manager', 'one_c')) not null default 'portal', "history" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_order_state_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_order_state_order_id_unique" ON "b2b_order_state" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_state_deleted_at" ON "b2b_order_state" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_state_status_code" ON "b2b_order_state" ("status_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_order_status" ("id" text not null, "code" text not null, "name" text not null, "one_c_id" text null, "one_c_name" text null, "sort" integer not null default 0, "is_default_for_new" boolean not null default false, "is_final" boolean not null default false, "final_action" text check ("final_action" in ('complete', 'cancel')) null, "is_active" boolean not null default true, "color" text null, "buyer_visible" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_order_status_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_order_status_code_unique" ON "b2b_order_status" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_status_deleted_at" ON "b2b_order_status" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    // default B2B order statuses (names as 1C shows them); idempotent, managers edit them afterwards
    for (const [code, name, oneC, sort, isDefault, isFinal, action, color] of DEFAULT_STATUSES) {
      this.addSql(
        `insert into "b2b_order_status" ("id", "code", "name", "one_c_id", "one_c_name", "sort", "is_default_for_new", "is_final", "final_action", "is_active", "color", "buyer_visible") ` +
          `select 'ostat_${code}', '${code}', '${name}', '${oneC}', '${name}', ${sort}, ${isDefault}, ${isFinal}, ${action ? `'${action}'` : "null"}, true, '${color}', true ` +
          `where not exists (select 1 from "b2b_order_status" where "code" = '${code}' and "deleted_at" is null);`
      )
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "b2b_order_state" cascade;`)

    this.addSql(`drop table if exists "b2b_order_status" cascade;`)
  }
}
