import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { softDeleteRowsStepFor } from "../../common/utils/crud-steps"

/** Soft-deletes B2bAddresses rows by id; compensation restores them. */
export const softDeleteB2bAddressesStep = softDeleteRowsStepFor<CompanyModuleService>(
  "company-soft-delete-B2bAddresses",
  COMPANY_MODULE,
  { softDelete: "softDeleteB2bAddresses", restore: "restoreB2bAddresses" }
)
