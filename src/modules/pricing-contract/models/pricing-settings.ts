import { model } from "@medusajs/framework/utils"

/** Pricing settings (single row) and the cache version every instance checks. */
export const PricingSettings = model.define("pc_settings", {
  id: model.id({ prefix: "pcset" }).primaryKey(),
  base_currency: model.text().default("rub"),
  rounding_step: model.text().default("0.01"),
  show_prices_to_guests: model.boolean().default(false),
  rate_max_age_days: model.number().default(5),
  version: model.number().default(1),
})
