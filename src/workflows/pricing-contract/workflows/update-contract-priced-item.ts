import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { applyCartItemPricesStep } from "../steps/apply-cart-item-prices"
import { markCartPricedStep } from "../steps/mark-cart-priced"
import { priceCartItemsStep } from "../steps/price-cart-items"
import { setLineQuantityStep } from "../steps/set-line-quantity"
import { refreshContractCartWorkflow } from "./refresh-contract-cart"
import { grossUpCart } from "../utils/gross-up"

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
    const priced = priceCartItemsStep(
      transform({ input, line }, ({ input, line }) => ({
        cart_id: input.cart_id,
        context: input.context,
        incremental: line.variant_id ? [line.variant_id] : [],
      }))
    )
    applyCartItemPricesStep(priced)
    refreshContractCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
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
