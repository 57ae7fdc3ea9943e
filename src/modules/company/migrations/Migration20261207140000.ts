import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Row-level security on b2b_address (docs/security.md): with the setting b2b.legal_entity_id unset or empty every
 * row is visible (system, admin, workers); set, only that legal entity's rows can be read or written. FORCE
 * applies it to the table owner too (a superuser still bypasses RLS: the application must connect as an
 * ordinary role for the policy to bite).
 */
export class Migration20261207140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "b2b_address" enable row level security;`)
    this.addSql(`alter table if exists "b2b_address" force row level security;`)
    this.addSql(`drop policy if exists "b2b_company_scope" on "b2b_address";`)
    this.addSql(
      `create policy "b2b_company_scope" on "b2b_address" using (coalesce(current_setting('b2b.legal_entity_id', true), '') = '' or "legal_entity_id" = current_setting('b2b.legal_entity_id', true)) with check (coalesce(current_setting('b2b.legal_entity_id', true), '') = '' or "legal_entity_id" = current_setting('b2b.legal_entity_id', true));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop policy if exists "b2b_company_scope" on "b2b_address";`)
    this.addSql(`alter table if exists "b2b_address" no force row level security;`)
    this.addSql(`alter table if exists "b2b_address" disable row level security;`)
  }
}
