import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { removeCartLineStep } from "../steps/remove-cart-line"
import { priceChangedVariantsWorkflow } from "./price-changed-variants"

/**
 * Removes a line of a member's cart under the cart lock, then prices what the removal can change:
 * other lines of the same variant (their quantity break), or the whole cart when it is stale, the
 * counterparty has a cart-total rule (the total fell) or an ERP pricer details prices.
 */
export const removeContractPricedItemWorkflow = createWorkflow(
  "pricing-remove-contract-priced-item",
  (input: { cart_id: string; item_id: string; context: PricingContext }) => {
    acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 60 })
    const line = removeCartLineStep({ cart_id: input.cart_id, item_id: input.item_id })
    priceChangedVariantsWorkflow.runAsStep({
      input: transform({ input, line }, ({ input, line }) => ({
        cart_id: input.cart_id,
        context: input.context,
        variant_ids: line.variant_id ? [line.variant_id] : [],
      })),
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
