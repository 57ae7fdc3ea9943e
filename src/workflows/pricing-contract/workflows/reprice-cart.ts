import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { applyCartItemPricesStep } from "../steps/apply-cart-item-prices"
import { markCartPricedStep } from "../steps/mark-cart-priced"
import { priceCartItemsStep } from "../steps/price-cart-items"
import { grossUpCart } from "../utils/gross-up"

/** Re-prices every line of a cart: after a counterparty switch or a change of rules. */
export const repriceCartWorkflow = createWorkflow(
  "pricing-reprice-cart",
  (input: { cart_id: string; context: PricingContext; strict?: boolean }) => {
    const priced = priceCartItemsStep({
      cart_id: input.cart_id,
      context: input.context,
      strict: input.strict,
    })
    applyCartItemPricesStep(priced)
    refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    grossUpCart(input.cart_id)
    markCartPricedStep(
      transform({ input, priced }, ({ input, priced }) => ({
        cart_id: input.cart_id,
        version: priced.version,
      }))
    )
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
