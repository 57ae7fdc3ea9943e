import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { BUILTIN_ROLES } from "../permissions"

/** Inserts (or refreshes) the built-in roles with their fixed ids and permission matrix. */
export class Migration20261124001916 extends Migration {
  override async up(): Promise<void> {
    for (const [code, role] of Object.entries(BUILTIN_ROLES)) {
      const perms = JSON.stringify(role.permissions).replace(/'/g, "''")
      const name = role.name.replace(/'/g, "''")
      this.addSql(
        `insert into "b2b_role" ("id", "code", "name", "permissions", "is_builtin", "legal_entity_id") ` +
          `values ('${role.id}', '${code}', '${name}', '${perms}'::jsonb, true, null) ` +
          `on conflict ("id") do update set "name" = excluded."name", "permissions" = excluded."permissions", "is_builtin" = true, "deleted_at" = null;`
      )
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "b2b_role" where "is_builtin" = true;`)
  }
}
