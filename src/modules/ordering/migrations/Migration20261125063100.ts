import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125063100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ord_saved_cart" ("id" text not null, "legal_entity_id" text not null, "customer_id" text not null, "name" text not null, "kind" text check ("kind" in ('cart', 'template')) not null default 'cart', "is_shared" boolean not null default false, "items" jsonb not null, "item_count" integer not null default 0, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ord_saved_cart_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ord_saved_cart_deleted_at" ON "ord_saved_cart" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ord_saved_cart_legal_entity_id_customer_id" ON "ord_saved_cart" ("legal_entity_id", "customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ord_saved_cart_legal_entity_id_is_shared" ON "ord_saved_cart" ("legal_entity_id", "is_shared") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ord_saved_cart" cascade;`)
  }
}
