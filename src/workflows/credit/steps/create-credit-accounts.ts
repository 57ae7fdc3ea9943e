import type { InferTypeOf } from "@medusajs/framework/types"
import type { CreditAccount } from "../../../modules/credit/models"
import type { CreditAccountInput } from "../utils/accounts"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates CreditAccounts rows; compensation deletes them. */
export const createCreditAccountsStep = createRowsStepFor<
  CreditModuleService,
  CreditAccountInput & Record<string, unknown>,
  InferTypeOf<typeof CreditAccount>
>("credit-create-CreditAccounts", CREDIT_MODULE, {
  create: "createCreditAccounts",
  delete: "deleteCreditAccounts",
})
