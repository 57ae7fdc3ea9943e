import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125064201 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "doc_template" drop constraint if exists "doc_template_type_locale_version_unique";`
    )
    this.addSql(
      `alter table if exists "doc_number_series" drop constraint if exists "doc_number_series_type_year_unique";`
    )
    this.addSql(
      `alter table if exists "doc_document" drop constraint if exists "doc_document_external_id_unique";`
    )
    this.addSql(
      `alter table if exists "doc_document" drop constraint if exists "doc_document_type_number_unique";`
    )
    this.addSql(
      `create table if not exists "doc_document" ("id" text not null, "type" text check ("type" in ('invoice', 'upd', 'waybill', 'reconciliation_act', 'agreement', 'price_list', 'other')) not null, "number" text not null, "date" timestamptz not null, "legal_entity_id" text not null, "order_id" text null, "shipment_id" text null, "source" text check ("source" in ('portal', 'one_c', 'manager')) not null default 'portal', "status" text check ("status" in ('pending', 'ready', 'failed')) not null default 'pending', "error" text null, "attempts" integer not null default 0, "file_id" text null, "filename" text null, "template_id" text null, "template_version" integer null, "period_from" timestamptz null, "period_to" timestamptz null, "total" text null, "currency_code" text null, "requested_by" text null, "original_requested" boolean not null default false, "original_requested_at" timestamptz null, "sent_at" timestamptz null, "external_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "doc_document_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_doc_document_deleted_at" ON "doc_document" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_doc_document_legal_entity_id_type_date" ON "doc_document" ("legal_entity_id", "type", "date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_doc_document_order_id" ON "doc_document" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_doc_document_status" ON "doc_document" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_doc_document_type_number_unique" ON "doc_document" ("type", "number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_doc_document_external_id_unique" ON "doc_document" ("external_id") WHERE deleted_at IS NULL AND external_id IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "doc_number_series" ("id" text not null, "type" text not null, "year" integer not null, "prefix" text not null, "last_number" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "doc_number_series_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_doc_number_series_deleted_at" ON "doc_number_series" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_doc_number_series_type_year_unique" ON "doc_number_series" ("type", "year") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "doc_template" ("id" text not null, "type" text not null, "locale" text not null default 'ru', "name" text not null, "body" text not null, "css" text not null default '', "version" integer not null default 1, "is_active" boolean not null default true, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "doc_template_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_doc_template_deleted_at" ON "doc_template" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_doc_template_type_locale_version_unique" ON "doc_template" ("type", "locale", "version") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "doc_document" cascade;`)

    this.addSql(`drop table if exists "doc_number_series" cascade;`)

    this.addSql(`drop table if exists "doc_template" cascade;`)
  }
}
