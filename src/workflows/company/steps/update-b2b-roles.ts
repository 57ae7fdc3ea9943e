import type { RoleRow } from "../../../modules/company/models/role"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bRoles rows (each with its id); compensation writes the previous values back. */
export const updateB2bRolesStep = updateRowsStepFor<
  CompanyModuleService,
  { id: string; name?: string; permissions?: string[] },
  RoleRow
>("company-update-B2bRoles", COMPANY_MODULE, { list: "listB2bRoles", update: "updateB2bRoles" })
