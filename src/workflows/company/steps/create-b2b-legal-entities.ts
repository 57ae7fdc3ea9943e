import type { InferTypeOf } from "@medusajs/framework/types"
import type { LegalEntity } from "../../../modules/company/models/legal-entity"
import type { LegalEntityInput } from "../utils/legal-entities"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bLegalEntities rows; compensation deletes them. */
export const createB2bLegalEntitiesStep = createRowsStepFor<
  CompanyModuleService,
  LegalEntityInput,
  InferTypeOf<typeof LegalEntity>
>("company-create-B2bLegalEntities", COMPANY_MODULE, {
  create: "createB2bLegalEntities",
  delete: "deleteB2bLegalEntities",
})
