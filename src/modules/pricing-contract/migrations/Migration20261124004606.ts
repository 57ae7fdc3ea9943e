import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The single settings row (rounding 0.01, RUB base, prices hidden from guests, rates ≤ 5 days old). */
export class Migration20261124004606 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `insert into "pc_settings" ("id", "base_currency", "rounding_step", "show_prices_to_guests", "rate_max_age_days", "version") ` +
        `select 'pcset_default', 'rub', '0.01', false, 5, 1 where not exists (select 1 from "pc_settings");`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "pc_settings" where "id" = 'pcset_default';`)
  }
}
