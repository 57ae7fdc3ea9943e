import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import { clearDefaultAddressStep } from "../steps/clear-default-address"
import { validateLegalEntityStep } from "../steps/validate-legal-entity"
import { AddressData } from "../utils/addresses"
import { createB2bAddressesStep } from "../steps/create-b2b-addresses"
import { CompanyEvents } from "../../../modules/company"

/** Adds an address to a legal entity's book; a new default replaces the old one. */
export const createAddressWorkflow = createWorkflow(
  "b2b-create-address",
  (input: { legal_entity_id: string; data: AddressData & { address: string } }) => {
    validateLegalEntityStep({ legal_entity_id: input.legal_entity_id })
    when({ input }, ({ input }) => !!input.data.is_default).then(() => {
      clearDefaultAddressStep({ legal_entity_id: input.legal_entity_id })
    })
    const created = createB2bAddressesStep(
      transform({ input }, ({ input }) => [
        { ...input.data, legal_entity_id: input.legal_entity_id },
      ])
    )
    const address = transform({ created }, ({ created }) => created[0])
    emitEventStep({
      eventName: CompanyEvents.ADDRESS_CREATED,
      data: transform({ address }, ({ address }) => ({
        id: address.id,
        legal_entity_id: address.legal_entity_id,
      })),
    })
    return new WorkflowResponse(address)
  }
)
