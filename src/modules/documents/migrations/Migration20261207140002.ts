import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Row-level security on doc_document (docs/security.md): with the setting b2b.legal_entity_id unset or empty every
 * row is visible (system, admin, workers); set, only that legal entity's rows can be read or written. FORCE
 * applies it to the table owner too (a superuser still bypasses RLS: the application must connect as an
 * ordinary role for the policy to bite).
 */
export class Migration20261207140002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "doc_document" enable row level security;`)
    this.addSql(`alter table if exists "doc_document" force row level security;`)
    this.addSql(`drop policy if exists "b2b_company_scope" on "doc_document";`)
    this.addSql(
      `create policy "b2b_company_scope" on "doc_document" using (coalesce(current_setting('b2b.legal_entity_id', true), '') = '' or "legal_entity_id" = current_setting('b2b.legal_entity_id', true)) with check (coalesce(current_setting('b2b.legal_entity_id', true), '') = '' or "legal_entity_id" = current_setting('b2b.legal_entity_id', true));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop policy if exists "b2b_company_scope" on "doc_document";`)
    this.addSql(`alter table if exists "doc_document" no force row level security;`)
    this.addSql(`alter table if exists "doc_document" disable row level security;`)
  }
}
