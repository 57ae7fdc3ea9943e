import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const loadPendingChangeStep = createStep(
  "b2b-load-pending-requisites-change",
  async (input: { id: string }, { container }) => {
    const [row] = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listB2bRequisitesChanges({ id: input.id })
    if (!row)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Requisites change with id ${input.id} was not found`
      )
    if (row.status !== "pending")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This request was already ${row.status}`)
    return new StepResponse(row)
  }
)
