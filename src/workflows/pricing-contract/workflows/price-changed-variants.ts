import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { applyCartItemPricesStep } from "../steps/apply-cart-item-prices"
import { grossUpExclusiveLinesStep } from "../steps/gross-up-exclusive-lines"
import { markCartPricedStep } from "../steps/mark-cart-priced"
import { priceCartItemsStep } from "../steps/price-cart-items"
import { refreshContractCartWorkflow } from "./refresh-contract-cart"

/**
 * The tail of a line operation on a member's cart (quantity change, removal), run by its workflow
 * under the cart lock once the line is changed: prices the lines of the variants touched at their new
 * quantities (the whole cart when it is stale, the counterparty has a cart-total rule or an ERP pricer
 * details prices), grosses up those lines' VAT-exclusive prices, brings shipping, promotions and the
 * payment collection up to date, records the pricing version and tells that the cart changed.
 */
export const priceChangedVariantsWorkflow = createWorkflow(
  "pricing-price-changed-variants",
  (input: { cart_id: string; variant_ids: string[]; context: PricingContext }) => {
    const priced = priceCartItemsStep(
      transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        context: input.context,
        incremental: input.variant_ids,
      }))
    )
    applyCartItemPricesStep(priced)
    // the lines priced (those of the touched variants; all of them on a full pass): the others keep
    // their terms; the payment refresh below follows a changed total
    grossUpExclusiveLinesStep(
      transform({ input, priced }, ({ input, priced }) => ({
        cart_id: input.cart_id,
        item_ids: priced.existing.map((l) => l.id),
      }))
    )
    refreshContractCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    markCartPricedStep(
      transform({ input, priced }, ({ input, priced }) => ({
        cart_id: input.cart_id,
        version: priced.version,
      }))
    )
    emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } })
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
