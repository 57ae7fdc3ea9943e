import { model } from "@medusajs/framework/utils"

/** A price type (Розничная, Оптовая, Крупный опт, Дилерская…), usually mirrored from 1C. */
export const PriceType = model
  .define("pc_price_type", {
    id: model.id({ prefix: "ptype" }).primaryKey(),
    code: model.text(),
    name: model.text(),
    currency_code: model.text().default("rub"),
    is_base: model.boolean().default(false),
    vat_included: model.boolean().default(true),
    one_c_id: model.text().nullable(),
    sort: model.number().default(0),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["one_c_id"], unique: true, where: "deleted_at IS NULL AND one_c_id IS NOT NULL" },
  ])
