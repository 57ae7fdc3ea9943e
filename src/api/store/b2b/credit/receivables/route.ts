import type { MedusaResponse } from "@medusajs/framework/http"
import Decimal from "decimal.js"
import { allocateReceivables } from "../../../../../modules/credit"
import type { B2BRequest } from "../../../../utils/b2b-context"
import { activeCreditAccount, creditService } from "../../../../utils/credit"
import type { StoreReceivablesResponse } from "../../../../../types/credit/http"

/**
 * GET /store/b2b/credit/receivables (finance.view): what is owed per order and document, with due
 * dates and days overdue (payments settle the earliest due debts first).
 */
export async function GET(req: B2BRequest, res: MedusaResponse<StoreReceivablesResponse>) {
  const { ctx, account } = await activeCreditAccount(req)
  if (!account)
    return res.json({ receivables: [], total_outstanding: "0.00", total_overdue: "0.00" })
  const { rows } = await creditService(req).ledgerRows({
    account_id: account.id,
    legal_entity_id: ctx.active.legal_entity_id,
  })
  const all = allocateReceivables(
    rows.map((r) => ({
      ...r,
      document_date: new Date(r.document_date).toISOString(),
      due_date: r.due_date ? new Date(r.due_date).toISOString() : null,
    })),
    new Date()
  )
  const open = all.filter((r) => new Decimal(r.outstanding).greaterThan(0))
  const sum = (xs: typeof open) =>
    xs.reduce((a, r) => a.plus(r.outstanding), new Decimal(0)).toFixed(2)
  res.json({
    receivables: open,
    currency_code: account.currency_code,
    total_outstanding: sum(open),
    total_overdue: sum(open.filter((r) => r.overdue_days > 0)),
  })
}
