import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { company } from "../utils/addresses-shared"

/** The address must exist in the legal entity's book; another company's address is not found, exactly like an unknown id. */
export const loadAddressStep = createStep(
  "b2b-load-address",
  async (input: { id: string; legal_entity_id: string }, { container }) => {
    const [row] = await company(container).listB2bAddresses({
      id: input.id,
      legal_entity_id: input.legal_entity_id,
    })
    if (!row)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Address with id ${input.id} was not found`
      )
    return new StepResponse(row)
  }
)
