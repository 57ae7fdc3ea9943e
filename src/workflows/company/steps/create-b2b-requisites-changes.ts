import type { RequisitesChangeRow } from "../../../modules/company/models/requisites-change"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bRequisitesChanges rows; compensation deletes them. */
export const createB2bRequisitesChangesStep = createRowsStepFor<
  CompanyModuleService,
  Record<string, unknown>,
  RequisitesChangeRow
>("company-create-B2bRequisitesChanges", COMPANY_MODULE, {
  create: "createB2bRequisitesChanges",
  delete: "deleteB2bRequisitesChanges",
})
