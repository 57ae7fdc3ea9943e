import type { RoleRow } from "../../../modules/company/models/role"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bRoles rows; compensation deletes them. */
export const createB2bRolesStep = createRowsStepFor<
  CompanyModuleService,
  {
    code: string
    name: string
    permissions: string[]
    legal_entity_id: string
    is_builtin: false
  },
  RoleRow
>("company-create-B2bRoles", COMPANY_MODULE, { create: "createB2bRoles", delete: "deleteB2bRoles" })
