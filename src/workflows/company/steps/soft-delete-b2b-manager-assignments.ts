import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { softDeleteRowsStepFor } from "../../common/utils/crud-steps"

/** Soft-deletes B2bManagerAssignments rows by id; compensation restores them. */
export const softDeleteB2bManagerAssignmentsStep = softDeleteRowsStepFor<CompanyModuleService>(
  "company-soft-delete-B2bManagerAssignments",
  COMPANY_MODULE,
  { softDelete: "softDeleteB2bManagerAssignments", restore: "restoreB2bManagerAssignments" }
)
