import { model } from "@medusajs/framework/utils"

/** A manager's one-time permission to place one order past the credit checks (audited). */
export const CreditOverride = model
  .define("credit_override", {
    id: model.id({ prefix: "crovr" }).primaryKey(),
    account_id: model.text(),
    legal_entity_id: model.text().nullable(),
    granted_by: model.text(),
    reason: model.text(),
    max_amount: model.bigNumber().nullable(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
    used_cart_id: model.text().nullable(),
  })
  .indexes([{ on: ["account_id", "used_at"] }])
