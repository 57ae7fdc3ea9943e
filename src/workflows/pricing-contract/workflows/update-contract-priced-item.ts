import { refreshCartItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { applyCartItemPricesStep } from "../steps/apply-cart-item-prices"
import { markCartPricedStep } from "../steps/mark-cart-priced"
import { priceCartItemsStep } from "../steps/price-cart-items"
import { grossUpCart } from "../utils/gross-up"

/** Changes a line's quantity and re-prices the cart (a new quantity may cross a break). */
export const updateContractPricedItemWorkflow = createWorkflow(
  "pricing-update-contract-priced-item",
  (input: {
    cart_id: string
    item_id: string
    variant_id: string
    quantity: number
    context: PricingContext
  }) => {
    updateLineItemInCartWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        item_id: input.item_id,
        update: { quantity: input.quantity },
      })),
    })
    const priced = priceCartItemsStep({ cart_id: input.cart_id, context: input.context })
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
