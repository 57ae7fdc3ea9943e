import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124004630 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "b2b_legal_entity" add column if not exists "region_code" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "b2b_legal_entity" drop column if exists "region_code";`)
  }
}
