import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bConsents rows; compensation deletes them. */
export const createB2bConsentsStep = createRowsStepFor<
  CompanyModuleService,
  Record<string, unknown>
>("company-create-B2bConsents", COMPANY_MODULE, {
  create: "createB2bConsents",
  delete: "deleteB2bConsents",
})
