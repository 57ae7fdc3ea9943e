import { model } from "@medusajs/framework/utils"

/** Sale exchange state of an order: when 1C last took it, and what 1C last said about it. */
export const OrderExport = model
  .define("onec_order_export", {
    id: model.id({ prefix: "onecx" }).primaryKey(),
    order_id: model.text(),
    exported_at: model.dateTime().nullable(),
    /** set when the last change came from 1C (not exported back: no ping-pong) */
    updated_by_1c_at: model.dateTime().nullable(),
    one_c_number: model.text().nullable(),
    one_c_status: model.text().nullable(),
    offline: model.boolean().default(false),
    external_id: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["external_id"] },
  ])
