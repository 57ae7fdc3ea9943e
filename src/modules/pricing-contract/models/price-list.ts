import { model } from "@medusajs/framework/utils"
import { PriceRule } from "./price-rule"

/** A set of individual price rules, attached to an agreement, a counterparty or a holding. */
export const PriceList = model
  .define("pc_price_list", {
    id: model.id({ prefix: "pcpl" }).primaryKey(),
    name: model.text(),
    agreement_id: model.text().nullable(),
    legal_entity_id: model.text().nullable(),
    holding_id: model.text().nullable(),
    priority: model.number().default(0),
    valid_from: model.dateTime().nullable(),
    valid_to: model.dateTime().nullable(),
    status: model.enum(["active", "draft"]).default("active"),
    rules: model.hasMany(() => PriceRule, { mappedBy: "price_list" }),
  })
  .indexes([{ on: ["agreement_id"] }, { on: ["legal_entity_id"] }, { on: ["holding_id"] }])
