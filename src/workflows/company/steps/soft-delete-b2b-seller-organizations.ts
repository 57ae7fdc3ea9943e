import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { softDeleteRowsStepFor } from "../../common/utils/crud-steps"

/** Soft-deletes B2bSellerOrganizations rows by id; compensation restores them. */
export const softDeleteB2bSellerOrganizationsStep = softDeleteRowsStepFor<CompanyModuleService>(
  "company-soft-delete-B2bSellerOrganizations",
  COMPANY_MODULE,
  { softDelete: "softDeleteB2bSellerOrganizations", restore: "restoreB2bSellerOrganizations" }
)
