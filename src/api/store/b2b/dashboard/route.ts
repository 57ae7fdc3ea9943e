import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import LegalEntityOrder from "../../../../links/legal-entity-order"
import type { DashboardQuery } from "./validators"
import type { B2BRequest } from "../../../utils/b2b-context"
import { activeCreditAccount, creditService } from "../../../utils/credit"
import type { StoreDashboardResponse } from "../../../../types/credit/http"

const bucketOf = (d: Date, period: "day" | "week" | "month") => {
  const x = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  if (period === "month") x.setUTCDate(1)
  if (period === "week") x.setUTCDate(x.getUTCDate() - ((x.getUTCDay() + 6) % 7)) // Monday
  return x.toISOString().slice(0, 10)
}

/**
 * GET /store/b2b/dashboard (finance.view or reports.view): turnover per day/week/month, orders by
 * status and the credit balance of the active counterparty. Default period: the last 12 months.
 */
export async function GET(
  req: B2BRequest<unknown, DashboardQuery>,
  res: MedusaResponse<StoreDashboardResponse>
) {
  const q = req.validatedQuery
  const { ctx, account } = await activeCreditAccount(req)
  const to = q.to ? new Date(q.to) : new Date()
  const from = q.from
    ? new Date(q.from)
    : new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), 1))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: LegalEntityOrder.entryPoint,
    fields: ["order_id"],
    filters: { b2b_legal_entity_id: ctx.active.legal_entity_id },
  })
  const ids = (links as { order_id: string }[]).map((l) => l.order_id)
  const orders = ids.length
    ? (
        await query.graph({
          entity: "order",
          fields: ["id", "status", "created_at", "total", "currency_code"],
          filters: { id: ids, created_at: { $gte: from, $lt: to } },
        })
      ).data
    : []
  const turnover = new Map<string, { amount: Decimal; orders: number }>()
  const byStatus: Record<string, number> = {}
  for (const o of orders) {
    byStatus[o.status] = (byStatus[o.status] ?? 0) + 1
    if (o.status === "canceled") continue
    const k = bucketOf(new Date(o.created_at), q.period)
    const t = turnover.get(k) ?? { amount: new Decimal(0), orders: 0 }
    t.amount = t.amount.plus(String(o.total?.numeric ?? o.total ?? 0))
    t.orders++
    turnover.set(k, t)
  }
  res.json({
    period: q.period,
    from: from.toISOString(),
    to: to.toISOString(),
    turnover: [...turnover]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([bucket, t]) => ({ bucket, amount: t.amount.toFixed(2), orders: t.orders })),
    orders_by_status: byStatus,
    balance: account ? await creditService(req).positionOf(account.id) : null,
  })
}
