import { Modules } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Records on the cart which pricing version its lines reflect, so a stale cart is re-priced when touched. */
export const markCartPricedStep = createStep(
  "pricing-contract-mark-cart-priced",
  async (input: { cart_id: string; version: number }, { container }) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const cart = await cartModule.retrieveCart(input.cart_id, { select: ["id", "metadata"] })
    await cartModule.updateCarts(input.cart_id, {
      metadata: { ...(cart.metadata ?? {}), b2b_pricing_version: input.version },
    })
    return new StepResponse(true, { id: input.cart_id, metadata: cart.metadata ?? {} })
  },
  async (prev, { container }) => {
    if (prev)
      await container
        .resolve<ICartModuleService>(Modules.CART)
        .updateCarts(prev.id, { metadata: prev.metadata })
  }
)
