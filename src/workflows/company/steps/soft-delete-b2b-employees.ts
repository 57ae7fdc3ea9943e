import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { softDeleteRowsStepFor } from "../../common/utils/crud-steps"

/** Soft-deletes B2bEmployees rows by id; compensation restores them. */
export const softDeleteB2bEmployeesStep = softDeleteRowsStepFor<CompanyModuleService>(
  "company-soft-delete-B2bEmployees",
  COMPANY_MODULE,
  { softDelete: "softDeleteB2bEmployees", restore: "restoreB2bEmployees" }
)
