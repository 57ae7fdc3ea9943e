import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { softDeleteRowsStepFor } from "../../common/utils/crud-steps"

/** Soft-deletes B2bRoles rows by id; compensation restores them. */
export const softDeleteB2bRolesStep = softDeleteRowsStepFor<CompanyModuleService>(
  "company-soft-delete-B2bRoles",
  COMPANY_MODULE,
  { softDelete: "softDeleteB2bRoles", restore: "restoreB2bRoles" }
)
