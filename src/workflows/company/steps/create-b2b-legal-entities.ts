import type { LegalEntityInput } from "../utils/legal-entities"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bLegalEntities rows; compensation deletes them. */
export const createB2bLegalEntitiesStep = createRowsStepFor<CompanyModuleService, LegalEntityInput>(
  "company-create-B2bLegalEntities",
  COMPANY_MODULE,
  { create: "createB2bLegalEntities", delete: "deleteB2bLegalEntities" }
)
