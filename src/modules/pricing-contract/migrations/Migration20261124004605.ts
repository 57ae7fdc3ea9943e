import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124004605 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "pc_variant_price" drop constraint if exists "pc_variant_price_variant_id_price_type_id_unique";`
    )
    this.addSql(
      `alter table if exists "pc_regional_price_type" drop constraint if exists "pc_regional_price_type_region_code_unique";`
    )
    this.addSql(
      `alter table if exists "pc_price_type" drop constraint if exists "pc_price_type_one_c_id_unique";`
    )
    this.addSql(
      `alter table if exists "pc_price_type" drop constraint if exists "pc_price_type_code_unique";`
    )
    this.addSql(
      `alter table if exists "pc_exchange_rate" drop constraint if exists "pc_exchange_rate_currency_code_date_unique";`
    )
    this.addSql(
      `alter table if exists "pc_agreement" drop constraint if exists "pc_agreement_one_c_id_unique";`
    )
    this.addSql(
      `create table if not exists "pc_agreement" ("id" text not null, "number" text not null, "name" text null, "legal_entity_id" text null, "holding_id" text null, "price_type_id" text not null, "currency_code" text not null default 'rub', "valid_from" timestamptz null, "valid_to" timestamptz null, "payment_terms_days" integer not null default 0, "seller_organization_id" text null, "status" text check ("status" in ('active', 'closed')) not null default 'active', "one_c_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_agreement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_agreement_deleted_at" ON "pc_agreement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_agreement_legal_entity_id" ON "pc_agreement" ("legal_entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_agreement_holding_id" ON "pc_agreement" ("holding_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pc_agreement_one_c_id_unique" ON "pc_agreement" ("one_c_id") WHERE deleted_at IS NULL AND one_c_id IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "pc_cart_total_rule" ("id" text not null, "threshold" text not null, "currency_code" text not null default 'rub', "price_type_id" text not null, "legal_entity_id" text null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_cart_total_rule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_cart_total_rule_deleted_at" ON "pc_cart_total_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pc_exchange_rate" ("id" text not null, "currency_code" text not null, "rate" text not null, "date" text not null, "source" text not null default 'manual', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_exchange_rate_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_exchange_rate_deleted_at" ON "pc_exchange_rate" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pc_exchange_rate_currency_code_date_unique" ON "pc_exchange_rate" ("currency_code", "date") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pc_mass_rule" ("id" text not null, "name" text not null, "priority" integer not null default 0, "action" text check ("action" in ('markup_percent', 'discount_percent', 'hide')) not null, "value" text null, "manufacturer" text null, "line" text null, "category_id" text null, "tag" text null, "region_code" text null, "legal_entity_id" text null, "valid_from" timestamptz null, "valid_to" timestamptz null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_mass_rule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_mass_rule_deleted_at" ON "pc_mass_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pc_price_list" ("id" text not null, "name" text not null, "agreement_id" text null, "legal_entity_id" text null, "holding_id" text null, "priority" integer not null default 0, "valid_from" timestamptz null, "valid_to" timestamptz null, "status" text check ("status" in ('active', 'draft')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_price_list_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_list_deleted_at" ON "pc_price_list" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_list_agreement_id" ON "pc_price_list" ("agreement_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_list_legal_entity_id" ON "pc_price_list" ("legal_entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_list_holding_id" ON "pc_price_list" ("holding_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pc_price_rule" ("id" text not null, "target_type" text check ("target_type" in ('variant', 'product', 'category')) not null, "target_id" text not null, "kind" text check ("kind" in ('fixed', 'discount_percent', 'multiplier')) not null, "value" text not null, "currency_code" text null, "min_quantity" integer not null default 1, "valid_from" timestamptz null, "valid_to" timestamptz null, "price_list_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_price_rule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_rule_price_list_id" ON "pc_price_rule" ("price_list_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_rule_deleted_at" ON "pc_price_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_rule_target_type_target_id" ON "pc_price_rule" ("target_type", "target_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pc_price_type" ("id" text not null, "code" text not null, "name" text not null, "currency_code" text not null default 'rub', "is_base" boolean not null default false, "vat_included" boolean not null default true, "one_c_id" text null, "sort" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_price_type_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_price_type_deleted_at" ON "pc_price_type" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pc_price_type_code_unique" ON "pc_price_type" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pc_price_type_one_c_id_unique" ON "pc_price_type" ("one_c_id") WHERE deleted_at IS NULL AND one_c_id IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "pc_regional_price_type" ("id" text not null, "region_code" text not null, "region_name" text null, "price_type_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_regional_price_type_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_regional_price_type_deleted_at" ON "pc_regional_price_type" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pc_regional_price_type_region_code_unique" ON "pc_regional_price_type" ("region_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pc_settings" ("id" text not null, "base_currency" text not null default 'rub', "rounding_step" text not null default '0.01', "show_prices_to_guests" boolean not null default false, "rate_max_age_days" integer not null default 5, "version" integer not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_settings_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_settings_deleted_at" ON "pc_settings" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pc_variant_price" ("id" text not null, "price_type_id" text not null, "variant_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pc_variant_price_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_variant_price_deleted_at" ON "pc_variant_price" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pc_variant_price_variant_id_price_type_id_unique" ON "pc_variant_price" ("variant_id", "price_type_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pc_variant_price_price_type_id" ON "pc_variant_price" ("price_type_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "pc_price_rule" add constraint "pc_price_rule_price_list_id_foreign" foreign key ("price_list_id") references "pc_price_list" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "pc_price_rule" drop constraint if exists "pc_price_rule_price_list_id_foreign";`
    )

    this.addSql(`drop table if exists "pc_agreement" cascade;`)

    this.addSql(`drop table if exists "pc_cart_total_rule" cascade;`)

    this.addSql(`drop table if exists "pc_exchange_rate" cascade;`)

    this.addSql(`drop table if exists "pc_mass_rule" cascade;`)

    this.addSql(`drop table if exists "pc_price_list" cascade;`)

    this.addSql(`drop table if exists "pc_price_rule" cascade;`)

    this.addSql(`drop table if exists "pc_price_type" cascade;`)

    this.addSql(`drop table if exists "pc_regional_price_type" cascade;`)

    this.addSql(`drop table if exists "pc_settings" cascade;`)

    this.addSql(`drop table if exists "pc_variant_price" cascade;`)
  }
}
