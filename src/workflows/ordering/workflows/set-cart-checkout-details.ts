import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { type CheckoutInput, prepareCheckoutStep } from "../steps/prepare-checkout"

/**
 * B2B checkout details of a cart (delivery or pickup, address, consignee, date and time window,
 * comment, PO number): checked, then written to cart.metadata.b2b_checkout (and the shipping address
 * when an address is chosen) through Medusa's updateCartWorkflow, whose steps compensate. Medusa
 * copies cart metadata into the order at completion, so the order carries them.
 */
export const setCartCheckoutDetailsWorkflow = createWorkflow(
  "ordering-set-cart-checkout-details",
  (input: CheckoutInput) => {
    const prepared = prepareCheckoutStep(input)
    updateCartWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        id: input.cart_id,
        metadata: prepared.metadata,
        ...(prepared.shipping_address ? { shipping_address: prepared.shipping_address } : {}),
      })),
    })
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => prepared.checkout))
  }
)
