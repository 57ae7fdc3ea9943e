import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124001914 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "b2b_seller_organization" drop constraint if exists "b2b_seller_organization_inn_kpp_unique";`
    )
    this.addSql(
      `alter table if exists "b2b_role" drop constraint if exists "b2b_role_legal_entity_id_code_unique";`
    )
    this.addSql(
      `alter table if exists "b2b_manager_assignment" drop constraint if exists "b2b_manager_assignment_user_id_kind_holding_id_legal_entity_id_unique";`
    )
    this.addSql(
      `alter table if exists "b2b_employee" drop constraint if exists "b2b_employee_customer_id_legal_entity_id_unique";`
    )
    this.addSql(
      `alter table if exists "b2b_legal_entity" drop constraint if exists "b2b_legal_entity_one_c_id_unique";`
    )
    this.addSql(
      `alter table if exists "b2b_legal_entity" drop constraint if exists "b2b_legal_entity_inn_kpp_unique";`
    )
    this.addSql(
      `alter table if exists "b2b_invitation" drop constraint if exists "b2b_invitation_token_hash_unique";`
    )
    this.addSql(
      `alter table if exists "b2b_holding" drop constraint if exists "b2b_holding_one_c_id_unique";`
    )
    this.addSql(
      `create table if not exists "b2b_consent" ("id" text not null, "subject_email" text not null, "customer_id" text null, "form" text not null, "text_version" text not null, "ip" text null, "user_agent" text null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_consent_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_consent_deleted_at" ON "b2b_consent" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_consent_subject_email" ON "b2b_consent" ("subject_email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_consent_customer_id" ON "b2b_consent" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_holding" ("id" text not null, "name" text not null, "one_c_id" text null, "comment" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_holding_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_holding_deleted_at" ON "b2b_holding" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_holding_one_c_id_unique" ON "b2b_holding" ("one_c_id") WHERE deleted_at IS NULL AND one_c_id IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_invitation" ("id" text not null, "legal_entity_id" text not null, "email" text not null, "role_id" text not null, "token_hash" text not null, "status" text check ("status" in ('pending', 'accepted', 'revoked')) not null default 'pending', "expires_at" timestamptz not null, "invited_by_customer_id" text null, "invited_by_user_id" text null, "accepted_at" timestamptz null, "accepted_customer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_invitation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_invitation_deleted_at" ON "b2b_invitation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_invitation_token_hash_unique" ON "b2b_invitation" ("token_hash") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_invitation_legal_entity_id" ON "b2b_invitation" ("legal_entity_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_legal_entity" ("id" text not null, "name" text not null, "full_name" text null, "inn" text not null, "kpp" text null, "ogrn" text null, "legal_address" text null, "actual_address" text null, "email" text null, "phone" text null, "one_c_id" text null, "status" text check ("status" in ('active', 'blocked')) not null default 'active', "blocked_reason" text null, "seller_organization_id" text null, "metadata" jsonb null, "holding_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_legal_entity_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_legal_entity_holding_id" ON "b2b_legal_entity" ("holding_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_legal_entity_deleted_at" ON "b2b_legal_entity" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_legal_entity_inn_kpp_unique" ON "b2b_legal_entity" ("inn", coalesce("kpp", '')) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_legal_entity_one_c_id_unique" ON "b2b_legal_entity" ("one_c_id") WHERE deleted_at IS NULL AND one_c_id IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_employee" ("id" text not null, "customer_id" text not null, "role_id" text not null, "is_default" boolean not null default false, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "position" text null, "legal_entity_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_employee_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_employee_legal_entity_id" ON "b2b_employee" ("legal_entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_employee_deleted_at" ON "b2b_employee" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_employee_customer_id_legal_entity_id_unique" ON "b2b_employee" ("customer_id", "legal_entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_employee_customer_id" ON "b2b_employee" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_manager_assignment" ("id" text not null, "user_id" text not null, "kind" text check ("kind" in ('manager', 'assistant', 'executive')) not null default 'manager', "holding_id" text null, "legal_entity_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_manager_assignment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_manager_assignment_deleted_at" ON "b2b_manager_assignment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_manager_assignment_user_id" ON "b2b_manager_assignment" ("user_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_manager_assignment_legal_entity_id" ON "b2b_manager_assignment" ("legal_entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_manager_assignment_holding_id" ON "b2b_manager_assignment" ("holding_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_manager_assignment_user_id_kind_holding_id_legal_entity_id_unique" ON "b2b_manager_assignment" ("user_id", "kind", coalesce("holding_id", ''), coalesce("legal_entity_id", '')) WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_registration_request" ("id" text not null, "inn" text not null, "kpp" text null, "company_name" text not null, "contact_name" text not null, "email" text not null, "phone" text null, "comment" text null, "status" text check ("status" in ('pending', 'accepted', 'refused')) not null default 'pending', "legal_entity_id" text null, "customer_id" text null, "decided_by_user_id" text null, "decided_at" timestamptz null, "decision_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_registration_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_registration_request_deleted_at" ON "b2b_registration_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_registration_request_status" ON "b2b_registration_request" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_registration_request_inn" ON "b2b_registration_request" ("inn") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_requisites_change" ("id" text not null, "legal_entity_id" text not null, "requested_by_customer_id" text not null, "changes" jsonb not null, "document_file_id" text null, "document_name" text null, "document_url" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "decided_by_user_id" text null, "decided_at" timestamptz null, "decision_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_requisites_change_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_requisites_change_deleted_at" ON "b2b_requisites_change" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_requisites_change_legal_entity_id" ON "b2b_requisites_change" ("legal_entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_requisites_change_status" ON "b2b_requisites_change" ("status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_role" ("id" text not null, "code" text not null, "name" text not null, "permissions" jsonb not null, "is_builtin" boolean not null default false, "legal_entity_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_role_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_role_deleted_at" ON "b2b_role" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_role_legal_entity_id_code_unique" ON "b2b_role" (coalesce("legal_entity_id", ''), "code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_seller_organization" ("id" text not null, "name" text not null, "full_name" text not null, "inn" text not null, "kpp" text null, "ogrn" text null, "address" text null, "bank_name" text null, "bik" text null, "account" text null, "corr_account" text null, "director" text null, "accountant" text null, "vat_rate" integer not null default 22, "is_default" boolean not null default false, "one_c_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_seller_organization_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_seller_organization_deleted_at" ON "b2b_seller_organization" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_seller_organization_inn_kpp_unique" ON "b2b_seller_organization" ("inn", coalesce("kpp", '')) WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "b2b_legal_entity" add constraint "b2b_legal_entity_holding_id_foreign" foreign key ("holding_id") references "b2b_holding" ("id") on update cascade on delete set null;`
    )

    this.addSql(
      `alter table if exists "b2b_employee" add constraint "b2b_employee_legal_entity_id_foreign" foreign key ("legal_entity_id") references "b2b_legal_entity" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "b2b_legal_entity" drop constraint if exists "b2b_legal_entity_holding_id_foreign";`
    )

    this.addSql(
      `alter table if exists "b2b_employee" drop constraint if exists "b2b_employee_legal_entity_id_foreign";`
    )

    this.addSql(`drop table if exists "b2b_consent" cascade;`)

    this.addSql(`drop table if exists "b2b_holding" cascade;`)

    this.addSql(`drop table if exists "b2b_invitation" cascade;`)

    this.addSql(`drop table if exists "b2b_legal_entity" cascade;`)

    this.addSql(`drop table if exists "b2b_employee" cascade;`)

    this.addSql(`drop table if exists "b2b_manager_assignment" cascade;`)

    this.addSql(`drop table if exists "b2b_registration_request" cascade;`)

    this.addSql(`drop table if exists "b2b_requisites_change" cascade;`)

    this.addSql(`drop table if exists "b2b_role" cascade;`)

    this.addSql(`drop table if exists "b2b_seller_organization" cascade;`)
  }
}
