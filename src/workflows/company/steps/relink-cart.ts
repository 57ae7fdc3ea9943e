import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import { Move } from "../utils/cart-counterparty"

const link = (le: string, cart: string) => ({
  [COMPANY_MODULE]: { b2b_legal_entity_id: le },
  [Modules.CART]: { cart_id: cart },
})

/** Re-links a cart from one counterparty to another; compensation links it back. */
export const relinkCartStep = createStep(
  "company-relink-cart",
  async (input: Move, { container }) => {
    const remote = container.resolve(ContainerRegistrationKeys.LINK)
    if (input.from_legal_entity_id)
      await remote.dismiss(link(input.from_legal_entity_id, input.cart_id))
    await remote.create(link(input.to_legal_entity_id, input.cart_id))
    return new StepResponse(true, input)
  },
  async (input, { container }) => {
    if (!input) return
    const remote = container.resolve(ContainerRegistrationKeys.LINK)
    await remote.dismiss(link(input.to_legal_entity_id, input.cart_id))
    if (input.from_legal_entity_id)
      await remote.create(link(input.from_legal_entity_id, input.cart_id))
  }
)
