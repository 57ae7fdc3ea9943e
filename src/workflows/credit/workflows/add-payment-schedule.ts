import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { createCreditPaymentSchedulesStep } from "../steps/create-credit-payment-schedules"

/** Adds instalments to an account's payment schedule. */
export const addPaymentScheduleWorkflow = createWorkflow(
  "credit-add-payment-schedule",
  (input: {
    account_id: string
    currency_code: string
    items: {
      due_date: string
      amount: string
      agreement_number?: string | null
      comment?: string | null
    }[]
  }) => {
    const rows = transform({ input }, ({ input }) =>
      input.items.map((i) => ({
        account_id: input.account_id,
        currency_code: input.currency_code,
        due_date: new Date(i.due_date),
        amount: i.amount,
        agreement_number: i.agreement_number ?? null,
        comment: i.comment ?? null,
      }))
    )
    return new WorkflowResponse(createCreditPaymentSchedulesStep(rows))
  }
)
