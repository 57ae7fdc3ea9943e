import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { applyCartItemPricesStep } from "../steps/apply-cart-item-prices"
import { markCartPricedStep } from "../steps/mark-cart-priced"
import { priceCartItemsStep } from "../steps/price-cart-items"
import { priceIncludesVat, priceMetadata } from "../utils/cart-prices"
import { grossUpCart } from "../utils/gross-up"

export type ContractItemsInput = {
  cart_id: string
  context: PricingContext
  items: { variant_id: string; quantity: number; metadata?: Record<string, unknown> }[]
}

/**
 * Adds lines at the counterparty's contract prices (Medusa custom line-item prices), then re-prices
 * the lines already in the cart, since quantity breaks and the cart-total rule may have moved.
 */
export const addContractPricedItemsWorkflow = createWorkflow(
  "pricing-add-contract-priced-items",
  (input: ContractItemsInput) => {
    const priced = priceCartItemsStep({
      cart_id: input.cart_id,
      context: input.context,
      items: input.items,
    })
    applyCartItemPricesStep(priced)
    addToCartWorkflow.runAsStep({
      input: transform({ input, priced }, ({ input, priced }) => ({
        cart_id: input.cart_id,
        items: input.items.map((i) => {
          const p = priced.prices[i.variant_id]
          // the price type's VAT terms, not Medusa's price preference of the region
          return {
            variant_id: i.variant_id,
            quantity: i.quantity,
            unit_price: p.amount as unknown as number,
            is_tax_inclusive: priceIncludesVat(p),
            metadata: { ...(i.metadata ?? {}), ...priceMetadata(p) },
          }
        }),
      })),
    })
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
