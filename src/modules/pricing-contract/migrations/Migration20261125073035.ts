import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125073035 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "pc_price_list_export" drop constraint if exists "pc_price_list_export_format_check";`
    )

    this.addSql(
      `alter table if exists "pc_price_list_export" add constraint "pc_price_list_export_format_check" check("format" in ('xlsx', 'pdf'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "pc_price_list_export" drop constraint if exists "pc_price_list_export_format_check";`
    )

    this.addSql(
      `alter table if exists "pc_price_list_export" add constraint "pc_price_list_export_format_check" check("format" in ('xlsx'));`
    )
  }
}
