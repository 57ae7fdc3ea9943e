import { model } from "@medusajs/framework/utils"

/** For users without an agreement: the price type of their region. */
export const RegionalPriceType = model
  .define("pc_regional_price_type", {
    id: model.id({ prefix: "rgpt" }).primaryKey(),
    region_code: model.text(),
    region_name: model.text().nullable(),
    price_type_id: model.text(),
  })
  .indexes([{ on: ["region_code"], unique: true, where: "deleted_at IS NULL" }])
