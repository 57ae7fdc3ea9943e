import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124001915 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "b2b_audit_event" ("id" text not null, "action" text not null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system', 'anonymous')) not null, "actor_id" text null, "impersonator_user_id" text null, "resource_type" text null, "resource_id" text null, "legal_entity_id" text null, "ip" text null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_audit_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_audit_event_deleted_at" ON "b2b_audit_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_audit_event_action" ON "b2b_audit_event" ("action") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_audit_event_actor_id" ON "b2b_audit_event" ("actor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_audit_event_impersonator_user_id" ON "b2b_audit_event" ("impersonator_user_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_audit_event_legal_entity_id" ON "b2b_audit_event" ("legal_entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_audit_event_resource_id" ON "b2b_audit_event" ("resource_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "b2b_audit_event" cascade;`)
  }
}
