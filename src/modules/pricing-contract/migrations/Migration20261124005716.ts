import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124005716 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "pc_price_list_export" ("id" text not null, "legal_entity_id" text null, "holding_id" text null, "customer_id" text null, "format" text check ("format" in ('xlsx')) not null default 'xlsx', "category_ids" jsonb null, "region_code" text null, "status" text check ("status" in ('pending', 'running', 'done', 'failed')) not null default 'pending', "processed" integer not null default 0, "total" integer not null default 0, "file_id" text null, "file_name" text null, "error" text null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_price_list_export_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_list_export_deleted_at" ON "pc_price_list_export" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_list_export_legal_entity_id" ON "pc_price_list_export" ("legal_entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_list_export_customer_id" ON "pc_price_list_export" ("customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pc_price_list_export" cascade;`)
  }
}
