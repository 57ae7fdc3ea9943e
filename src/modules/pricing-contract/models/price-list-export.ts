import { model } from "@medusajs/framework/utils"

/** A buyer's price list download, generated in the background with progress. */
export const PriceListExport = model
  .define("pc_price_list_export", {
    id: model.id({ prefix: "plexp" }).primaryKey(),
    legal_entity_id: model.text().nullable(),
    holding_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    format: model.enum(["xlsx", "pdf"]).default("xlsx"),
    category_ids: model.json().nullable(),
    region_code: model.text().nullable(),
    status: model.enum(["pending", "running", "done", "failed"]).default("pending"),
    processed: model.number().default(0),
    total: model.number().default(0),
    file_id: model.text().nullable(),
    file_name: model.text().nullable(),
    error: model.text().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["legal_entity_id"] }, { on: ["customer_id"] }])
