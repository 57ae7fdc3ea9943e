import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Row-level security on ord_saved_cart (docs/security.md): with the setting b2b.legal_entity_id unset or empty every
 * row is visible (system, admin, workers); set, only that legal entity's rows can be read or written. FORCE
 * applies it to the table owner too (a superuser still bypasses RLS: the application must connect as an
 * ordinary role for the policy to bite).
 */
export class Migration20261207140001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ord_saved_cart" enable row level security;`)
    this.addSql(`alter table if exists "ord_saved_cart" force row level security;`)
    this.addSql(`drop policy if exists "b2b_company_scope" on "ord_saved_cart";`)
    this.addSql(
      `create policy "b2b_company_scope" on "ord_saved_cart" using (coalesce(current_setting('b2b.legal_entity_id', true), '') = '' or "legal_entity_id" = current_setting('b2b.legal_entity_id', true)) with check (coalesce(current_setting('b2b.legal_entity_id', true), '') = '' or "legal_entity_id" = current_setting('b2b.legal_entity_id', true));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop policy if exists "b2b_company_scope" on "ord_saved_cart";`)
    this.addSql(`alter table if exists "ord_saved_cart" no force row level security;`)
    this.addSql(`alter table if exists "ord_saved_cart" disable row level security;`)
  }
}
