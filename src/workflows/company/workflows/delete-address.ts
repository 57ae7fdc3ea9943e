import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { loadAddressStep } from "../steps/load-address"
import { softDeleteB2bAddressesStep } from "../steps/soft-delete-b2b-addresses"
import { CompanyEvents } from "../../../modules/company"

/** Removes an address of the legal entity (soft delete; carts and orders keep their own copy of it). Deleting the default leaves none. */
export const deleteAddressWorkflow = createWorkflow(
  "b2b-delete-address",
  (input: { id: string; legal_entity_id: string }) => {
    loadAddressStep({ id: input.id, legal_entity_id: input.legal_entity_id })
    softDeleteB2bAddressesStep(transform({ input }, ({ input }) => [input.id]))
    emitEventStep({
      eventName: CompanyEvents.ADDRESS_DELETED,
      data: { id: input.id, legal_entity_id: input.legal_entity_id },
    })
    return new WorkflowResponse({ id: input.id })
  }
)
