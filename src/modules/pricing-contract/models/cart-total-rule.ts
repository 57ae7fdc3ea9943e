import { model } from "@medusajs/framework/utils"

/** From this cart total on, the cart is priced with another price type. */
export const CartTotalRule = model.define("pc_cart_total_rule", {
  id: model.id({ prefix: "ctr" }).primaryKey(),
  threshold: model.text(),
  currency_code: model.text().default("rub"),
  price_type_id: model.text(),
  legal_entity_id: model.text().nullable(),
  active: model.boolean().default(true),
})
