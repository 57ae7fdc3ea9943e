import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The (session, file, seq) index of staged rows is no longer partial: staged rows are only hard-deleted,
 * and queries that did not repeat `deleted_at is null` (upload resets, cleanup) could not use it.
 */
export class Migration20261207064000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_onec_staged_session_id_filename_seq_unique";`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_staged_session_id_filename_seq_unique" ON "onec_staged" ("session_id", "filename", "seq");`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_onec_staged_session_id_filename_seq_unique";`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_staged_session_id_filename_seq_unique" ON "onec_staged" ("session_id", "filename", "seq") WHERE deleted_at IS NULL;`
    )
  }
}
