import type { InferTypeOf } from "@medusajs/framework/types"
import type { Holding } from "../../../modules/company/models/holding"
import type { HoldingInput } from "../utils/legal-entities"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bHoldings rows; compensation deletes them. */
export const createB2bHoldingsStep = createRowsStepFor<
  CompanyModuleService,
  HoldingInput,
  InferTypeOf<typeof Holding>
>("company-create-B2bHoldings", COMPANY_MODULE, {
  create: "createB2bHoldings",
  delete: "deleteB2bHoldings",
})
