import { model } from "@medusajs/framework/utils"
import { PriceList } from "./price-list"

/** A rule on a variant, product or category: fixed price, discount % or multiplier, with a quantity break. */
export const PriceRule = model
  .define("pc_price_rule", {
    id: model.id({ prefix: "pcr" }).primaryKey(),
    target_type: model.enum(["variant", "product", "category"]),
    target_id: model.text(),
    kind: model.enum(["fixed", "discount_percent", "multiplier"]),
    value: model.text(),
    currency_code: model.text().nullable(),
    min_quantity: model.number().default(1),
    valid_from: model.dateTime().nullable(),
    valid_to: model.dateTime().nullable(),
    price_list: model.belongsTo(() => PriceList, { mappedBy: "rules" }),
  })
  .indexes([{ on: ["target_type", "target_id"] }])
