import type { RequisitesChangeRow } from "../../../modules/company/models/requisites-change"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bRequisitesChanges rows (each with its id); compensation writes the previous values back. */
export const updateB2bRequisitesChangesStep = updateRowsStepFor<
  CompanyModuleService,
  { id: string } & Record<string, unknown>,
  RequisitesChangeRow
>("company-update-B2bRequisitesChanges", COMPANY_MODULE, {
  list: "listB2bRequisitesChanges",
  update: "updateB2bRequisitesChanges",
})
