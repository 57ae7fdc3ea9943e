import type { InferTypeOf } from "@medusajs/framework/types"
import type { LegalEntity } from "../../../modules/company/models/legal-entity"
import type { LegalEntityInput } from "../utils/legal-entities"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bLegalEntities rows (each with its id); compensation writes the previous values back. */
export const updateB2bLegalEntitiesStep = updateRowsStepFor<
  CompanyModuleService,
  { id: string } & Partial<LegalEntityInput> & {
      status?: "active" | "blocked"
      blocked_reason?: string | null
    },
  InferTypeOf<typeof LegalEntity>
>("company-update-B2bLegalEntities", COMPANY_MODULE, {
  list: "listB2bLegalEntities",
  update: "updateB2bLegalEntities",
})
