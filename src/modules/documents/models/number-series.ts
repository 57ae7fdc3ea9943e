import { model } from "@medusajs/framework/utils"

/** The last number issued per document type and year ("СЧ-2026-000123"); incremented atomically. */
export const NumberSeries = model
  .define("doc_number_series", {
    id: model.id({ prefix: "dnum" }).primaryKey(),
    type: model.text(),
    year: model.number(),
    prefix: model.text(),
    last_number: model.number().default(0),
  })
  .indexes([{ on: ["type", "year"], unique: true, where: "deleted_at IS NULL" }])
