import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125103034 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "b2b_order_request" ("id" text not null, "type" text check ("type" in ('complaint', 'feedback', 'return', 'document')) not null, "status" text check ("status" in ('open', 'in_progress', 'approved', 'rejected', 'resolved', 'canceled')) not null default 'open', "order_id" text not null, "order_display_id" integer null, "legal_entity_id" text null, "customer_id" text not null, "subject" text null, "message" text null, "reason_id" text null, "reason_code" text null, "reason_label" text null, "parent_reason_code" text null, "parent_reason_label" text null, "items" jsonb null, "document_type" text check ("document_type" in ('invoice', 'upd', 'waybill', 'reconciliation_act', 'certificate', 'other')) null, "document_id" text null, "return_id" text null, "reply" text null, "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_order_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_request_deleted_at" ON "b2b_order_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_request_legal_entity_id_status" ON "b2b_order_request" ("legal_entity_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_request_order_id" ON "b2b_order_request" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_request_customer_id" ON "b2b_order_request" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_request_type_status" ON "b2b_order_request" ("type", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "b2b_order_request_message" ("id" text not null, "author_type" text check ("author_type" in ('buyer', 'manager')) not null, "author_id" text null, "text" text not null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_order_request_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_request_message_request_id" ON "b2b_order_request_message" ("request_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_b2b_order_request_message_deleted_at" ON "b2b_order_request_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "b2b_order_request_message" add constraint "b2b_order_request_message_request_id_foreign" foreign key ("request_id") references "b2b_order_request" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "b2b_order_request_message" drop constraint if exists "b2b_order_request_message_request_id_foreign";`
    )

    this.addSql(`drop table if exists "b2b_order_request" cascade;`)

    this.addSql(`drop table if exists "b2b_order_request_message" cascade;`)
  }
}
