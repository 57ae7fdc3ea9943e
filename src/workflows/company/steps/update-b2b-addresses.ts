import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bAddresses rows (each with its id); compensation writes the previous values back. */
export const updateB2bAddressesStep = updateRowsStepFor<
  CompanyModuleService,
  { id: string } & Record<string, unknown>
>("company-update-B2bAddresses", COMPANY_MODULE, {
  list: "listB2bAddresses",
  update: "updateB2bAddresses",
})
