import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { AttachGuestOrderInput, invalid } from "../utils/guest-orders"

/**
 * Checks a guest order may be attached: it is a guest order (metadata.b2b_guest), not yet linked
 * to a counterparty (409 otherwise), the counterparty exists, and the named customer is an active
 * employee of it. Returns what the update step writes and what it restores on compensation.
 */
export const validateAttachGuestOrderStep = createStep(
  "b2b-guest-order-validate-attach",
  async (input: AttachGuestOrderInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "metadata", "b2b_legal_entity.id"],
      filters: { id: input.order_id },
    })
    const order = data[0] as
      | {
          id: string
          customer_id: string | null
          metadata: Record<string, unknown> | null
          b2b_legal_entity?: { id: string } | null
        }
      | undefined
    if (!order || !order.metadata?.b2b_guest)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Guest order with id ${input.order_id} was not found`
      )
    if (order.b2b_legal_entity?.id || order.metadata?.b2b_guest_attached) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `order: guest order ${input.order_id} is already attached to a counterparty`
      )
    }
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [le] = await company.listB2bLegalEntities(
      { id: input.legal_entity_id },
      {
        take: 1,
      }
    )
    if (!le)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Legal entity with id ${input.legal_entity_id} was not found`
      )
    if (input.customer_id) {
      const [member] = await company.listB2bEmployees(
        { customer_id: input.customer_id, legal_entity_id: le.id, status: "active" },
        { take: 1 }
      )
      if (!member)
        throw invalid(
          `customer_id: customer ${input.customer_id} is not an employee of «${le.name}»`
        )
    }
    return new StepResponse({
      order_id: order.id,
      legal_entity_id: le.id,
      legal_entity_name: le.name,
      previous: { customer_id: order.customer_id, metadata: order.metadata },
      next: {
        customer_id: input.customer_id ?? order.customer_id,
        metadata: {
          ...(order.metadata ?? {}),
          b2b_guest_attached: {
            legal_entity_id: le.id,
            customer_id: input.customer_id,
            by_user_id: input.user_id,
            at: new Date().toISOString(),
          },
        },
      },
    })
  }
)
