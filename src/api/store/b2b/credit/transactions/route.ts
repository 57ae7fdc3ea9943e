import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreTransactionsQuery } from "../validators"
import type { B2BRequest } from "../../../../utils/b2b-context"
import { activeCreditAccount, creditService } from "../../../../utils/credit"
import type { StoreCreditTransactionsResponse } from "../../../../../types/credit/http"
import type { JsonOf } from "../../../../../types/common/http"

/**
 * GET /store/b2b/credit/transactions (finance.view): the counterparty's settlements with filters
 * (type, period, order), the opening balance of the period and a running balance per row.
 */
export async function GET(
  req: B2BRequest<unknown, StoreTransactionsQuery>,
  res: MedusaResponse<JsonOf<StoreCreditTransactionsResponse>>
) {
  const q = req.validatedQuery
  const { ctx, account } = await activeCreditAccount(req)
  if (!account)
    return res.json({
      transactions: [],
      count: 0,
      opening_balance: "0.00",
      limit: q.limit,
      offset: q.offset,
    })
  const credit = creditService(req)
  const le = ctx.active.legal_entity_id
  const from = q.from ? new Date(q.from) : undefined
  const to = q.to ? new Date(q.to) : undefined
  const { rows, count } = await credit.ledgerRows(
    { account_id: account.id, legal_entity_id: le, type: q.type, from, to, order_id: q.order_id },
    { limit: q.limit, offset: q.offset }
  )
  res.json({
    transactions: rows,
    count,
    opening_balance: from ? await credit.balanceBefore(account.id, from, le) : "0.00",
    limit: q.limit,
    offset: q.offset,
  })
}
