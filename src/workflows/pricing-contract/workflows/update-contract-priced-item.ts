import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { setLineQuantityStep } from "../steps/set-line-quantity"
import { priceChangedVariantsWorkflow } from "./price-changed-variants"

/**
 * Changes a line's quantity under the cart lock and prices the lines of that variant at the new
 * quantity (a quantity break may be crossed); the whole cart only when it is stale, the counterparty
 * has a cart-total rule or an ERP pricer details prices (priceCartItemsStep's incremental pass).
 */
export const updateContractPricedItemWorkflow = createWorkflow(
  "pricing-update-contract-priced-item",
  (input: { cart_id: string; item_id: string; quantity: number; context: PricingContext }) => {
    acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 60 })
    const line = setLineQuantityStep({
      cart_id: input.cart_id,
      item_id: input.item_id,
      quantity: input.quantity,
    })
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
