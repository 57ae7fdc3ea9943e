import { model } from "@medusajs/framework/utils"

/** A variant's price in a price type (decimal string, in the price type's currency). */
export const VariantPrice = model
  .define("pc_variant_price", {
    id: model.id({ prefix: "vprc" }).primaryKey(),
    price_type_id: model.text(),
    variant_id: model.text(),
    amount: model.bigNumber(),
  })
  .indexes([
    { on: ["variant_id", "price_type_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["price_type_id"] },
  ])
