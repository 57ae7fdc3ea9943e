import { model } from "@medusajs/framework/utils"

/** Connector settings edited in the admin (credentials hash, status map, sale watermark…). */
export const Setting = model
  .define("onec_setting", {
    id: model.id({ prefix: "onecset" }).primaryKey(),
    key: model.text(),
    value: model.json(),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }])
