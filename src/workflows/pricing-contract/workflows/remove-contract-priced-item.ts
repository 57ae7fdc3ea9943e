import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { applyCartItemPricesStep } from "../steps/apply-cart-item-prices"
import { markCartPricedStep } from "../steps/mark-cart-priced"
import { priceCartItemsStep } from "../steps/price-cart-items"
import { removeCartLineStep } from "../steps/remove-cart-line"
import { grossUpCart } from "../utils/gross-up"
import { refreshContractCartWorkflow } from "./refresh-contract-cart"

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
    const priced = priceCartItemsStep(
      transform({ input, line }, ({ input, line }) => ({
        cart_id: input.cart_id,
        context: input.context,
        incremental: line.variant_id ? [line.variant_id] : [],
      }))
    )
    applyCartItemPricesStep(priced)
    refreshContractCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    // lines of the variant priced again go back to Medusa's terms of VAT-exclusive lines
    grossUpCart(input.cart_id)
    markCartPricedStep(
      transform({ input, priced }, ({ input, priced }) => ({
        cart_id: input.cart_id,
        version: priced.version,
      }))
    )
    emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
