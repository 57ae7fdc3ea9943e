/** Events of the pricing-contract module: `<module>.<entity>.<action>` (as core's `*WorkflowEvents`). */
export const PricingEvents = {
  VARIANT_PRICES_UPDATED: "pricing.variant_prices.updated",
  PRICE_LIST_EXPORT_REQUESTED: "pricing.price_list_export.requested",
  PRICE_LIST_EXPORT_DONE: "pricing.price_list_export.done",
  PRICE_LIST_EXPORT_FAILED: "pricing.price_list_export.failed",
} as const
