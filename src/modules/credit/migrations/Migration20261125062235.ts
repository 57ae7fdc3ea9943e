import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125062235 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "credit_ledger_entry" drop constraint if exists "credit_ledger_entry_external_id_unique";`
    )
    this.addSql(
      `alter table if exists "credit_exposure" drop constraint if exists "credit_exposure_cart_id_unique";`
    )
    this.addSql(
      `alter table if exists "credit_account" drop constraint if exists "credit_account_holding_id_unique";`
    )
    this.addSql(
      `alter table if exists "credit_account" drop constraint if exists "credit_account_legal_entity_id_unique";`
    )
    this.addSql(
      `create table if not exists "credit_account" ("id" text not null, "legal_entity_id" text null, "holding_id" text null, "currency_code" text not null default 'rub', "credit_limit" numeric not null, "payment_terms_days" integer not null default 0, "overdue_days_threshold" integer not null default 0, "overdue_tolerance" numeric not null default 0, "block_on_overdue" boolean not null default true, "is_blocked" boolean not null default false, "blocked_reason" text null, "last_state" text check ("last_state" in ('ok', 'limit_reached', 'blocked')) not null default 'ok', "agreement_number" text null, "metadata" jsonb null, "raw_credit_limit" jsonb not null, "raw_overdue_tolerance" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_account_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_account_deleted_at" ON "credit_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_account_legal_entity_id_unique" ON "credit_account" ("legal_entity_id") WHERE deleted_at IS NULL AND legal_entity_id IS NOT NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_account_holding_id_unique" ON "credit_account" ("holding_id") WHERE deleted_at IS NULL AND holding_id IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "credit_exposure" ("id" text not null, "account_id" text not null, "legal_entity_id" text not null, "cart_id" text not null, "order_id" text null, "amount" numeric not null, "currency_code" text not null default 'rub', "status" text check ("status" in ('held', 'open', 'settled', 'released')) not null default 'held', "override_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_exposure_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_exposure_deleted_at" ON "credit_exposure" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_exposure_cart_id_unique" ON "credit_exposure" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_exposure_account_id_status" ON "credit_exposure" ("account_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_exposure_order_id" ON "credit_exposure" ("order_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "credit_ledger_entry" ("id" text not null, "account_id" text not null, "legal_entity_id" text not null, "type" text check ("type" in ('opening', 'invoice', 'shipment', 'payment', 'adjustment', 'return')) not null, "document_number" text null, "document_date" timestamptz not null, "amount" numeric not null, "currency_code" text not null default 'rub', "due_date" timestamptz null, "order_id" text null, "external_id" text null, "source" text check ("source" in ('manager', 'one_c', 'portal')) not null default 'manager', "comment" text null, "created_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_ledger_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_deleted_at" ON "credit_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_account_id_document_date" ON "credit_ledger_entry" ("account_id", "document_date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_legal_entity_id_document_date" ON "credit_ledger_entry" ("legal_entity_id", "document_date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_order_id" ON "credit_ledger_entry" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_external_id_unique" ON "credit_ledger_entry" ("external_id") WHERE deleted_at IS NULL AND external_id IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "credit_override" ("id" text not null, "account_id" text not null, "legal_entity_id" text null, "granted_by" text not null, "reason" text not null, "max_amount" numeric null, "expires_at" timestamptz not null, "used_at" timestamptz null, "used_cart_id" text null, "raw_max_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_override_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_override_deleted_at" ON "credit_override" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_override_account_id_used_at" ON "credit_override" ("account_id", "used_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "credit_payment_schedule" ("id" text not null, "account_id" text not null, "due_date" timestamptz not null, "amount" numeric not null, "currency_code" text not null default 'rub', "agreement_number" text null, "comment" text null, "paid_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_payment_schedule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_payment_schedule_deleted_at" ON "credit_payment_schedule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_payment_schedule_account_id_due_date" ON "credit_payment_schedule" ("account_id", "due_date") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "credit_account" cascade;`)

    this.addSql(`drop table if exists "credit_exposure" cascade;`)

    this.addSql(`drop table if exists "credit_ledger_entry" cascade;`)

    this.addSql(`drop table if exists "credit_override" cascade;`)

    this.addSql(`drop table if exists "credit_payment_schedule" cascade;`)
  }
}
