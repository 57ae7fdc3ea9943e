import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207002935 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "onec_file_state" add column if not exists "read_cursor" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "onec_file_state" drop column if exists "read_cursor";`)
  }
}
