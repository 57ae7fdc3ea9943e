import { model } from "@medusajs/framework/utils"

/**
 * One line of mutual settlements. `amount` is signed from the supplier's point of view:
 * positive increases the buyer's debt (invoice, shipment, opening debt), negative reduces it
 * (payment, credit note, return). `external_id` makes imports from 1C idempotent.
 */
export const CreditLedgerEntry = model
  .define("credit_ledger_entry", {
    id: model.id({ prefix: "crle" }).primaryKey(),
    account_id: model.text(),
    legal_entity_id: model.text(),
    type: model.enum(["opening", "invoice", "shipment", "payment", "adjustment", "return"]),
    document_number: model.text().nullable(),
    document_date: model.dateTime(),
    amount: model.bigNumber(),
    currency_code: model.text().default("rub"),
    due_date: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    external_id: model.text().nullable(),
    source: model.enum(["manager", "one_c", "portal"]).default("manager"),
    comment: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([
    { on: ["account_id", "document_date"] },
    { on: ["legal_entity_id", "document_date"] },
    { on: ["order_id"] },
    { on: ["external_id"], unique: true, where: "deleted_at IS NULL AND external_id IS NOT NULL" },
  ])
