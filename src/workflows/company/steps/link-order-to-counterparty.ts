import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"

/** Links an order to the counterparty of the cart it came from (idempotent). */
export const linkOrderToCounterpartyStep = createStep(
  "b2b-link-order-to-counterparty",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "cart.id", "cart.b2b_legal_entity.id", "b2b_legal_entity.id"],
      filters: { id: input.order_id },
    })
    const order = data[0]
    if (!order || order.b2b_legal_entity?.id) return new StepResponse(null, null)
    const leId = order.cart?.b2b_legal_entity?.id as string | undefined
    if (!leId) return new StepResponse(null, null)
    const def = {
      [COMPANY_MODULE]: { b2b_legal_entity_id: leId },
      [Modules.ORDER]: { order_id: input.order_id },
    }
    await container.resolve(ContainerRegistrationKeys.LINK).create(def)
    return new StepResponse(leId, def)
  },
  async (def, { container }) => {
    if (def) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(def)
  }
)
