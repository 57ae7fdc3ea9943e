import { model } from "@medusajs/framework/utils"

/**
 * The credit terms of one counterparty, or of a holding (then shared by all its legal entities
 * that have no account of their own). Exactly one of legal_entity_id / holding_id is set.
 */
export const CreditAccount = model
  .define("credit_account", {
    id: model.id({ prefix: "cracc" }).primaryKey(),
    legal_entity_id: model.text().nullable(),
    holding_id: model.text().nullable(),
    currency_code: model.text().default("rub"),
    credit_limit: model.bigNumber(),
    /** Deferral of payment, days after the invoice/shipment date, unless the entry has its own due date. */
    payment_terms_days: model.number().default(0),
    /** Debt becomes "overdue" for blocking only this many days after its due date. */
    overdue_days_threshold: model.number().default(0),
    /** Overdue debt up to this amount does not block ordering. */
    overdue_tolerance: model.bigNumber().default(0),
    block_on_overdue: model.boolean().default(true),
    /** Manual stop by a manager, whatever the figures say. */
    is_blocked: model.boolean().default(false),
    blocked_reason: model.text().nullable(),
    /** Last evaluated state, to emit credit.account.unblocked / credit.account.limit_reached on transitions. */
    last_state: model.enum(["ok", "limit_reached", "blocked"]).default("ok"),
    agreement_number: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    {
      on: ["legal_entity_id"],
      unique: true,
      where: "deleted_at IS NULL AND legal_entity_id IS NOT NULL",
    },
    { on: ["holding_id"], unique: true, where: "deleted_at IS NULL AND holding_id IS NOT NULL" },
  ])
