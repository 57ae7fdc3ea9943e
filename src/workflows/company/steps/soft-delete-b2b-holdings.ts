import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { softDeleteRowsStepFor } from "../../common/utils/crud-steps"

/** Soft-deletes B2bHoldings rows by id; compensation restores them. */
export const softDeleteB2bHoldingsStep = softDeleteRowsStepFor<CompanyModuleService>(
  "company-soft-delete-B2bHoldings",
  COMPANY_MODULE,
  { softDelete: "softDeleteB2bHoldings", restore: "restoreB2bHoldings" }
)
