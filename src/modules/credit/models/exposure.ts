import { model } from "@medusajs/framework/utils"

/**
 * Credit taken by an order that is not yet in the ledger: `held` while its cart completes,
 * `open` once the order exists, `settled` when its invoice/shipment reaches the ledger (the
 * amount is then part of the debt), `released` when the order is cancelled or completion failed.
 */
export const CreditExposure = model
  .define("credit_exposure", {
    id: model.id({ prefix: "crexp" }).primaryKey(),
    account_id: model.text(),
    legal_entity_id: model.text(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    amount: model.bigNumber(),
    currency_code: model.text().default("rub"),
    status: model.enum(["held", "open", "settled", "released"]).default("held"),
    override_id: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["account_id", "status"] },
    { on: ["order_id"] },
  ])
