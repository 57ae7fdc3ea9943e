import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Issue 16: contract-priced cart lines now carry their price type's VAT terms (`is_tax_inclusive`).
 * Bumping the pricing version makes every open cart stale, so it is re-priced — and its lines get the
 * flag — the next time it is read or checked out. Placed orders are left as they were charged: their
 * documents and 1C export are computed from their own lines and stay consistent with what was billed.
 */
export class Migration20261207120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "pc_settings" set "version" = "version" + 1;`)
  }

  override async down(): Promise<void> {
    // nothing to undo: a version bump only makes caches and carts refresh
  }
}
