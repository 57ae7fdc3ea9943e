import type { MedusaResponse } from "@medusajs/framework/http"
import type { B2BRequest } from "../../../../utils/b2b-context"
import { activeCreditAccount, creditService } from "../../../../utils/credit"
import { dec } from "../../../../../modules/credit"
import type { StoreCreditScheduleResponse } from "../../../../../types/credit/http"
import type { JsonOf } from "../../../../../types/common/http"

/** GET /store/b2b/credit/schedule (finance.view): planned payments of the credit agreement. */
export async function GET(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StoreCreditScheduleResponse>>
) {
  const { account } = await activeCreditAccount(req)
  if (!account) return res.json({ schedule: [] })
  const rows = await creditService(req).listCreditPaymentSchedules(
    { account_id: account.id },
    { take: null, order: { due_date: "ASC" } }
  )
  res.json({
    schedule: rows.map((r) => ({
      id: r.id,
      due_date: r.due_date,
      amount: dec(r, "amount"),
      currency_code: r.currency_code,
      agreement_number: r.agreement_number,
      comment: r.comment,
      paid_at: r.paid_at,
      status: r.paid_at ? "paid" : new Date(r.due_date) < new Date() ? "overdue" : "planned",
    })),
  })
}
