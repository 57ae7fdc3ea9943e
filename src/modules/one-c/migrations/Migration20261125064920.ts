import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125064920 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "onec_staged" drop constraint if exists "onec_staged_session_id_filename_seq_unique";`
    )
    this.addSql(
      `alter table if exists "onec_setting" drop constraint if exists "onec_setting_key_unique";`
    )
    this.addSql(
      `alter table if exists "onec_session" drop constraint if exists "onec_session_cookie_unique";`
    )
    this.addSql(
      `alter table if exists "onec_order_export" drop constraint if exists "onec_order_export_order_id_unique";`
    )
    this.addSql(
      `alter table if exists "onec_mapping" drop constraint if exists "onec_mapping_kind_external_id_unique";`
    )
    this.addSql(
      `alter table if exists "onec_file_state" drop constraint if exists "onec_file_state_session_id_filename_unique";`
    )
    this.addSql(
      `alter table if exists "onec_category_map" drop constraint if exists "onec_category_map_group_external_id_category_id_unique";`
    )
    this.addSql(
      `create table if not exists "onec_category_map" ("id" text not null, "group_external_id" text not null, "category_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onec_category_map_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_category_map_deleted_at" ON "onec_category_map" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_category_map_group_external_id_category_id_unique" ON "onec_category_map" ("group_external_id", "category_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "onec_file_state" ("id" text not null, "session_id" text not null, "filename" text not null, "phase" text check ("phase" in ('stage', 'apply', 'done', 'failed')) not null default 'stage', "staged" integer not null default 0, "read_done" boolean not null default false, "applied_seq" integer not null default 0, "only_changes" boolean not null default false, "counts" jsonb null, "error" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onec_file_state_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_file_state_deleted_at" ON "onec_file_state" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_file_state_session_id_filename_unique" ON "onec_file_state" ("session_id", "filename") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "onec_log" ("id" text not null, "session_id" text null, "type" text not null, "mode" text not null, "filename" text null, "status" text check ("status" in ('success', 'progress', 'failure')) not null, "message" text null, "counts" jsonb null, "duration_ms" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onec_log_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_log_deleted_at" ON "onec_log" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_log_session_id" ON "onec_log" ("session_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_log_created_at" ON "onec_log" ("created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "onec_mapping" ("id" text not null, "kind" text not null, "external_id" text not null, "internal_id" text not null, "parent_internal_id" text null, "hash" text null, "data" jsonb null, "last_session_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onec_mapping_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_mapping_deleted_at" ON "onec_mapping" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_mapping_kind_external_id_unique" ON "onec_mapping" ("kind", "external_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_mapping_kind_internal_id" ON "onec_mapping" ("kind", "internal_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_mapping_kind_last_session_id" ON "onec_mapping" ("kind", "last_session_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "onec_order_export" ("id" text not null, "order_id" text not null, "exported_at" timestamptz null, "updated_by_1c_at" timestamptz null, "one_c_number" text null, "one_c_status" text null, "offline" boolean not null default false, "external_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onec_order_export_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_order_export_deleted_at" ON "onec_order_export" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_order_export_order_id_unique" ON "onec_order_export" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_order_export_external_id" ON "onec_order_export" ("external_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "onec_session" ("id" text not null, "type" text check ("type" in ('catalog', 'sale')) not null, "cookie" text not null, "sessid" text not null, "version" text null, "dir" text not null, "status" text check ("status" in ('active', 'closed')) not null default 'active', "last_seen_at" timestamptz not null, "full_import" boolean not null default false, "pending_orders" jsonb null, "pending_started_at" timestamptz null, "counts" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onec_session_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_session_deleted_at" ON "onec_session" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_session_cookie_unique" ON "onec_session" ("cookie") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_session_status_last_seen_at" ON "onec_session" ("status", "last_seen_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "onec_setting" ("id" text not null, "key" text not null, "value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onec_setting_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_setting_deleted_at" ON "onec_setting" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_setting_key_unique" ON "onec_setting" ("key") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "onec_staged" ("id" text not null, "session_id" text not null, "filename" text not null, "seq" integer not null, "kind" text not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onec_staged_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_onec_staged_deleted_at" ON "onec_staged" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onec_staged_session_id_filename_seq_unique" ON "onec_staged" ("session_id", "filename", "seq") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "onec_category_map" cascade;`)

    this.addSql(`drop table if exists "onec_file_state" cascade;`)

    this.addSql(`drop table if exists "onec_log" cascade;`)

    this.addSql(`drop table if exists "onec_mapping" cascade;`)

    this.addSql(`drop table if exists "onec_order_export" cascade;`)

    this.addSql(`drop table if exists "onec_session" cascade;`)

    this.addSql(`drop table if exists "onec_setting" cascade;`)

    this.addSql(`drop table if exists "onec_staged" cascade;`)
  }
}
