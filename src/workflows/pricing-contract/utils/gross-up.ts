import { refreshPaymentCollectionForCartWorkflow } from "@medusajs/medusa/core-flows"
import { when } from "@medusajs/framework/workflows-sdk"
import { grossUpExclusiveLinesStep } from "../steps/gross-up-exclusive-lines"

/**
 * Inside a workflow, after the cart's tax lines are up to date: gross up its VAT-exclusive lines
 * (Medusa's total = the portal's gross) and, when that changed the total of a cart with a payment
 * collection, bring the collection's amount up to date. For a whole-cart re-price; a line operation
 * grosses up its touched lines before refreshContractCartWorkflow (which refreshes the payment).
 */
export function grossUpCart(cartId: string) {
  const grossed = grossUpExclusiveLinesStep({ cart_id: cartId })
  when(
    "pricing-gross-up-refresh-payment",
    { grossed },
    ({ grossed }) => grossed.changed && grossed.payment_collection
  ).then(() => {
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: cartId } })
  })
  return grossed
}
