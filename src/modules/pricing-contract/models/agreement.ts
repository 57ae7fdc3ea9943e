import { model } from "@medusajs/framework/utils"

/** A contract with a counterparty (or a whole holding): its price type, currency, validity, terms. */
export const Agreement = model
  .define("pc_agreement", {
    id: model.id({ prefix: "agr" }).primaryKey(),
    number: model.text(),
    name: model.text().nullable(),
    legal_entity_id: model.text().nullable(),
    holding_id: model.text().nullable(),
    price_type_id: model.text(),
    currency_code: model.text().default("rub"),
    valid_from: model.dateTime().nullable(),
    valid_to: model.dateTime().nullable(),
    payment_terms_days: model.number().default(0),
    seller_organization_id: model.text().nullable(),
    status: model.enum(["active", "closed"]).default("active"),
    one_c_id: model.text().nullable(),
  })
  .indexes([
    { on: ["legal_entity_id"] },
    { on: ["holding_id"] },
    { on: ["one_c_id"], unique: true, where: "deleted_at IS NULL AND one_c_id IS NOT NULL" },
  ])
