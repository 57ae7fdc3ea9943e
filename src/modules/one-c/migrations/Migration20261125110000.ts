import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Catalog filters by 1C attributes (product.metadata.attributes, written by the catalog import):
 * a GIN index answering the containment tests of /store/b2b/catalog/*. Only an index on Medusa's
 * product table, nothing of its schema changes; skipped if the product module is not installed.
 */
export class Migration20261125110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
      if to_regclass('public.product') is not null then
        create index if not exists "IDX_b2b_product_attributes" on "product" using gin ((metadata -> 'attributes') jsonb_path_ops) where deleted_at is null;
      end if;
    end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_b2b_product_attributes";`)
  }
}
