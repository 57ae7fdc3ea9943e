import { addToCartWorkflow, refreshCartItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { applyCartItemPricesStep, markCartPricedStep, priceCartItemsStep, priceMetadata } from "../steps/price-cart"

export type ContractItemsInput = {
  cart_id: string
  context: PricingContext
  items: { variant_id: string; quantity: number; metadata?: Record<string, unknown> }[]
}

/**
 * Adds lines at the counterparty's contract prices (Medusa custom line-item prices), then re-prices
 * the lines already in the cart, since quantity breaks and the cart-total rule may have moved.
 */
export const addContractPricedItemsWorkflow = createWorkflow("pricing-add-contract-priced-items", (input: ContractItemsInput) => {
  const priced = priceCartItemsStep({ cart_id: input.cart_id, context: input.context, items: input.items })
  applyCartItemPricesStep(priced)
  addToCartWorkflow.runAsStep({
    input: transform({ input, priced }, ({ input, priced }) => ({
      cart_id: input.cart_id,
      items: input.items.map((i) => {
        const p = priced.prices[i.variant_id]
        return { variant_id: i.variant_id, quantity: i.quantity, unit_price: p.amount as unknown as number, metadata: { ...(i.metadata ?? {}), ...priceMetadata(p) } }
      }),
    })),
  })
  markCartPricedStep(transform({ input, priced }, ({ input, priced }) => ({ cart_id: input.cart_id, version: priced.version })))
  return new WorkflowResponse({ cart_id: input.cart_id })
})

/** Changes a line's quantity and re-prices the cart (a new quantity may cross a break). */
export const updateContractPricedItemWorkflow = createWorkflow(
  "pricing-update-contract-priced-item",
  (input: { cart_id: string; item_id: string; variant_id: string; quantity: number; context: PricingContext }) => {
    updateLineItemInCartWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id, item_id: input.item_id, update: { quantity: input.quantity } })),
    })
    const priced = priceCartItemsStep({ cart_id: input.cart_id, context: input.context })
    applyCartItemPricesStep(priced)
    refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    markCartPricedStep(transform({ input, priced }, ({ input, priced }) => ({ cart_id: input.cart_id, version: priced.version })))
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)

/** Re-prices every line of a cart: after a counterparty switch or a change of rules. */
export const repriceCartWorkflow = createWorkflow("pricing-reprice-cart", (input: { cart_id: string; context: PricingContext; strict?: boolean }) => {
  const priced = priceCartItemsStep({ cart_id: input.cart_id, context: input.context, strict: input.strict })
  applyCartItemPricesStep(priced)
  refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  markCartPricedStep(transform({ input, priced }, ({ input, priced }) => ({ cart_id: input.cart_id, version: priced.version })))
  return new WorkflowResponse({ cart_id: input.cart_id })
})
