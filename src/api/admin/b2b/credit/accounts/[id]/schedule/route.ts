import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addPaymentScheduleWorkflow } from "../../../../../../../workflows/credit/workflows/add-payment-schedule"
import type { AddSchedule } from "../../../validators"
import { accountInScope, creditService } from "../../../../../../utils/credit"
import type { AdminCreditScheduleResponse } from "../../../../../../../types/credit/http"
import type { JsonOf } from "../../../../../../../types/common/http"

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminCreditScheduleResponse>>
) {
  const account = await accountInScope(req, req.params.id)
  res.json({
    schedule: await creditService(req).listCreditPaymentSchedules(
      { account_id: account.id },
      { take: null, order: { due_date: "ASC" } }
    ),
  })
}

/** POST /admin/b2b/credit/accounts/:id/schedule: adds planned payments of a credit agreement. */
export async function POST(
  req: AuthenticatedMedusaRequest<AddSchedule>,
  res: MedusaResponse<JsonOf<AdminCreditScheduleResponse>>
) {
  const account = await accountInScope(req, req.params.id)
  const { result } = await addPaymentScheduleWorkflow(req.scope).run({
    input: {
      account_id: account.id,
      currency_code: account.currency_code,
      items: req.validatedBody.items,
    },
  })
  res.status(201).json({ schedule: result })
}
