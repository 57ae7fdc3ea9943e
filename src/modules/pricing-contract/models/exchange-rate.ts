import { model } from "@medusajs/framework/utils"

/** Exchange rate of a banking day: units of the base currency (RUB) per 1 unit of the currency. */
export const ExchangeRate = model
  .define("pc_exchange_rate", {
    id: model.id({ prefix: "xrate" }).primaryKey(),
    currency_code: model.text(),
    rate: model.text(),
    date: model.text(),
    source: model.text().default("manual"),
  })
  .indexes([{ on: ["currency_code", "date"], unique: true, where: "deleted_at IS NULL" }])
