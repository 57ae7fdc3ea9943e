import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import LegalEntityOrder from "../../../links/legal-entity-order"

/** Links the order to the counterparty (legal-entity-order link); compensation dismisses the link. */
export const linkGuestOrderStep = createStep(
  "b2b-guest-order-link",
  async (input: { order_id: string; legal_entity_id: string }, { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: LegalEntityOrder.entryPoint,
      fields: ["order_id"],
      filters: { order_id: input.order_id },
    })
    if (data.length)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `order: guest order ${input.order_id} is already attached to a counterparty`
      )
    const def = {
      [COMPANY_MODULE]: { b2b_legal_entity_id: input.legal_entity_id },
      [Modules.ORDER]: { order_id: input.order_id },
    }
    await link.create(def)
    return new StepResponse(def, def)
  },
  async (def, { container }) => {
    if (def) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(def)
  }
)
