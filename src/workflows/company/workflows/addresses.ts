import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import { createRowsStep, softDeleteRowsStep, updateRowsStep } from "../../common/steps/crud"
import { clearDefaultAddressStep, loadAddressStep } from "../steps/addresses"
import { validateLegalEntityStep } from "../steps/validate"

const createAddresses = createRowsStep<Record<string, unknown>>(COMPANY_MODULE, "B2bAddresses")
const updateAddresses = updateRowsStep<{ id: string } & Record<string, unknown>>(
  COMPANY_MODULE,
  "B2bAddresses"
)
const deleteAddresses = softDeleteRowsStep(COMPANY_MODULE, "B2bAddresses")

export type AddressData = {
  kind?: "delivery" | "legal" | "pickup_contact"
  label?: string | null
  consignee_name?: string | null
  consignee_inn?: string | null
  consignee_kpp?: string | null
  postal_code?: string | null
  address?: string
  region_code?: string | null
  contact_name?: string | null
  phone?: string | null
  email?: string | null
  comment?: string | null
  is_default?: boolean
  one_c_id?: string | null
}

/** Adds an address to a legal entity's book; a new default replaces the old one. */
export const createAddressWorkflow = createWorkflow(
  "b2b-create-address",
  (input: { legal_entity_id: string; data: AddressData & { address: string } }) => {
    validateLegalEntityStep({ legal_entity_id: input.legal_entity_id })
    when({ input }, ({ input }) => !!input.data.is_default).then(() => {
      clearDefaultAddressStep({ legal_entity_id: input.legal_entity_id })
    })
    const created = createAddresses(
      transform({ input }, ({ input }) => [
        { ...input.data, legal_entity_id: input.legal_entity_id },
      ])
    )
    const address = transform({ created }, ({ created }) => created[0])
    emitEventStep({
      eventName: "company.address_created",
      data: transform({ address }, ({ address }) => ({
        id: address.id,
        legal_entity_id: address.legal_entity_id,
      })),
    })
    return new WorkflowResponse(address)
  }
)

/** Changes an address of the legal entity (404 for any other); making it the default unsets the old one. */
export const updateAddressWorkflow = createWorkflow(
  "b2b-update-address",
  (input: { id: string; legal_entity_id: string; data: AddressData }) => {
    loadAddressStep({ id: input.id, legal_entity_id: input.legal_entity_id })
    when({ input }, ({ input }) => input.data.is_default === true).then(() => {
      clearDefaultAddressStep({ legal_entity_id: input.legal_entity_id, except_id: input.id })
    })
    const updated = updateAddresses(
      transform({ input }, ({ input }) => [{ ...input.data, id: input.id }])
    )
    emitEventStep({
      eventName: "company.address_updated",
      data: { id: input.id, legal_entity_id: input.legal_entity_id },
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

/** Removes an address of the legal entity (soft delete; carts and orders keep their own copy of it). Deleting the default leaves none. */
export const deleteAddressWorkflow = createWorkflow(
  "b2b-delete-address",
  (input: { id: string; legal_entity_id: string }) => {
    loadAddressStep({ id: input.id, legal_entity_id: input.legal_entity_id })
    deleteAddresses(transform({ input }, ({ input }) => [input.id]))
    emitEventStep({
      eventName: "company.address_deleted",
      data: { id: input.id, legal_entity_id: input.legal_entity_id },
    })
    return new WorkflowResponse({ id: input.id })
  }
)
