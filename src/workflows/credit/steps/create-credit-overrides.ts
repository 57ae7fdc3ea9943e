import type { InferTypeOf } from "@medusajs/framework/types"
import type { CreditOverride } from "../../../modules/credit/models"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates CreditOverrides rows; compensation deletes them. */
export const createCreditOverridesStep = createRowsStepFor<
  CreditModuleService,
  Record<string, unknown>,
  InferTypeOf<typeof CreditOverride>
>("credit-create-CreditOverrides", CREDIT_MODULE, {
  create: "createCreditOverrides",
  delete: "deleteCreditOverrides",
})
