import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124012646 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ord_product_terms" drop constraint if exists "ord_product_terms_product_id_variant_id_unique";`
    )
    this.addSql(
      `create table if not exists "ord_product_terms" ("id" text not null, "product_id" text not null, "variant_id" text null, "min_quantity" integer not null default 1, "multiple" integer not null default 1, "base_unit" text not null default 'шт', "units" jsonb null, "weight_kg" text null, "volume_m3" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ord_product_terms_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ord_product_terms_deleted_at" ON "ord_product_terms" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ord_product_terms_product_id_variant_id_unique" ON "ord_product_terms" ("product_id", coalesce("variant_id", '')) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ord_product_terms_variant_id" ON "ord_product_terms" ("variant_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ord_product_terms" cascade;`)
  }
}
