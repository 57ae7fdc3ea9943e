import type { InferTypeOf } from "@medusajs/framework/types"
import type { CreditAccount } from "../../../modules/credit/models"
import type { CreditAccountInput } from "../utils/accounts"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates CreditAccounts rows (each with its id); compensation writes the previous values back. */
export const updateCreditAccountsStep = updateRowsStepFor<
  CreditModuleService,
  { id: string } & Partial<CreditAccountInput> & Record<string, unknown>,
  InferTypeOf<typeof CreditAccount>
>("credit-update-CreditAccounts", CREDIT_MODULE, {
  list: "listCreditAccounts",
  update: "updateCreditAccounts",
})
