import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { CompanyEvents } from "../../../modules/company"
import { linkOrderToCounterpartyStep } from "../steps/link-order-to-counterparty"

/**
 * Links a placed order to its counterparty and, when it links, says so with the counterparty in the
 * payload (`company.legal_entity.order_linked`), so what follows (the invoice) reads it from there.
 */
export const linkOrderToCounterpartyWorkflow = createWorkflow(
  "b2b-link-order-to-counterparty",
  (input: { order_id: string }) => {
    const legalEntityId = linkOrderToCounterpartyStep(input)
    when("b2b-order-linked", { legalEntityId }, ({ legalEntityId }) => !!legalEntityId).then(() =>
      emitEventStep({
        eventName: CompanyEvents.LEGAL_ENTITY_ORDER_LINKED,
        data: transform({ input, legalEntityId }, ({ input, legalEntityId }) => ({
          id: input.order_id,
          legal_entity_id: legalEntityId as string,
        })),
      })
    )
    return new WorkflowResponse(legalEntityId)
  }
)
