import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { invalidatePricingWorkflow } from "../workflows/pricing-contract"

/**
 * Category moves and product attribute changes alter which rules apply: a new pricing version makes
 * every instance recompile and every touched cart re-price.
 */
export default async function pricingCatalogChanges({ container }: SubscriberArgs<unknown>) {
  await invalidatePricingWorkflow(container).run()
}

export const config: SubscriberConfig = {
  event: [
    "product-category.created",
    "product-category.updated",
    "product-category.deleted",
    "product.updated",
    "product.deleted",
  ],
}
