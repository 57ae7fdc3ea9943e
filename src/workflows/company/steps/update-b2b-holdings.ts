import type { InferTypeOf } from "@medusajs/framework/types"
import type { Holding } from "../../../modules/company/models/holding"
import type { HoldingInput } from "../utils/legal-entities"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bHoldings rows (each with its id); compensation writes the previous values back. */
export const updateB2bHoldingsStep = updateRowsStepFor<
  CompanyModuleService,
  { id: string } & Partial<HoldingInput>,
  InferTypeOf<typeof Holding>
>("company-update-B2bHoldings", COMPANY_MODULE, {
  list: "listB2bHoldings",
  update: "updateB2bHoldings",
})
