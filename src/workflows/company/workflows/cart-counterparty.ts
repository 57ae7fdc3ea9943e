import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"

type Move = { cart_id: string; from_legal_entity_id: string | null; to_legal_entity_id: string }

const link = (le: string, cart: string) => ({
  [COMPANY_MODULE]: { b2b_legal_entity_id: le },
  [Modules.CART]: { cart_id: cart },
})

/** Re-links a cart from one counterparty to another; compensation links it back. */
const relinkCartStep = createStep(
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

export const moveCartToCounterpartyWorkflow = createWorkflow(
  "company-move-cart-to-counterparty",
  (input: Move) => {
    relinkCartStep(input)
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
