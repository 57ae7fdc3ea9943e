import { model } from "@medusajs/framework/utils"

/** A rule by product attributes applied on top of all prices: markup, discount or hide. */
export const MassRule = model.define("pc_mass_rule", {
  id: model.id({ prefix: "mrule" }).primaryKey(),
  name: model.text(),
  priority: model.number().default(0),
  action: model.enum(["markup_percent", "discount_percent", "hide"]),
  value: model.text().nullable(),
  manufacturer: model.text().nullable(),
  line: model.text().nullable(),
  category_id: model.text().nullable(),
  tag: model.text().nullable(),
  region_code: model.text().nullable(),
  legal_entity_id: model.text().nullable(),
  valid_from: model.dateTime().nullable(),
  valid_to: model.dateTime().nullable(),
  active: model.boolean().default(true),
})
