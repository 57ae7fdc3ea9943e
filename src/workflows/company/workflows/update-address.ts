import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import { clearDefaultAddressStep } from "../steps/clear-default-address"
import { loadAddressStep } from "../steps/load-address"
import { AddressData } from "../utils/addresses"
import { updateB2bAddressesStep } from "../steps/update-b2b-addresses"
import { CompanyEvents } from "../../../modules/company"

/** Changes an address of the legal entity (404 for any other); making it the default unsets the old one. */
export const updateAddressWorkflow = createWorkflow(
  "b2b-update-address",
  (input: { id: string; legal_entity_id: string; data: AddressData }) => {
    loadAddressStep({ id: input.id, legal_entity_id: input.legal_entity_id })
    when({ input }, ({ input }) => input.data.is_default === true).then(() => {
      clearDefaultAddressStep({ legal_entity_id: input.legal_entity_id, except_id: input.id })
    })
    const updated = updateB2bAddressesStep(
      transform({ input }, ({ input }) => [{ ...input.data, id: input.id }])
    )
    emitEventStep({
      eventName: CompanyEvents.ADDRESS_UPDATED,
      data: { id: input.id, legal_entity_id: input.legal_entity_id },
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
