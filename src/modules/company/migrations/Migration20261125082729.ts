import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125082729 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "b2b_address" drop constraint if exists "b2b_address_legal_entity_id_one_c_id_unique";`
    )
    this.addSql(
      `alter table if exists "b2b_address" drop constraint if exists "b2b_address_legal_entity_id_unique";`
    )
    this.addSql(
      `create table if not exists "b2b_address" ("id" text not null, "legal_entity_id" text not null, "kind" text check ("kind" in ('delivery', 'legal', 'pickup_contact')) not null default 'delivery', "label" text null, "consignee_name" text null, "consignee_inn" text null, "consignee_kpp" text null, "postal_code" text null, "address" text not null, "region_code" text null, "contact_name" text null, "phone" text null, "email" text null, "comment" text null, "is_default" boolean not null default false, "one_c_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_address_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_address_deleted_at" ON "b2b_address" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_address_legal_entity_id" ON "b2b_address" ("legal_entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_address_legal_entity_id_unique" ON "b2b_address" ("legal_entity_id") WHERE is_default = true AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_address_legal_entity_id_one_c_id_unique" ON "b2b_address" ("legal_entity_id", "one_c_id") WHERE deleted_at IS NULL AND one_c_id IS NOT NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "b2b_address" cascade;`)
  }
}
