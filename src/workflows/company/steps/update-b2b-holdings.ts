import type { HoldingInput } from "../utils/legal-entities"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bHoldings rows (each with its id); compensation writes the previous values back. */
export const updateB2bHoldingsStep = updateRowsStepFor<
  CompanyModuleService,
  { id: string } & Partial<HoldingInput>
>("company-update-B2bHoldings", COMPANY_MODULE, {
  list: "listB2bHoldings",
  update: "updateB2bHoldings",
})
