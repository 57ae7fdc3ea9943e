import type { InferTypeOf } from "@medusajs/framework/types"
import type { CreditPaymentSchedule } from "../../../modules/credit/models"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates CreditPaymentSchedules rows; compensation deletes them. */
export const createCreditPaymentSchedulesStep = createRowsStepFor<
  CreditModuleService,
  Record<string, unknown>,
  InferTypeOf<typeof CreditPaymentSchedule>
>("credit-create-CreditPaymentSchedules", CREDIT_MODULE, {
  create: "createCreditPaymentSchedules",
  delete: "deleteCreditPaymentSchedules",
})
