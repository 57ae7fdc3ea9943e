import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import LegalEntityOrder from "../../../links/legal-entity-order"
import { ONE_C_MODULE, ordersDocument, type Answer } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { oneCSettings } from "../../../lib/one-c-settings"
import { EXPORT_ORDER_FIELDS, exportOrders } from "./export-order"
import { effectiveCode, loadStates, loadStatuses, oneCStatus } from "../../../modules/ordering"
import { environment } from "../../../lib/plugin-options"

const MAX_ORDERS = 500

/**
 * mode=query: company orders new or changed since they were last taken by 1C, excluding changes 1C
 * made itself and offline orders that came from 1C. The batch is remembered and committed only by
 * mode=success; until then the same orders are offered again.
 */
export async function saleQuery(
  container: MedusaContainer,
  session: { id: string }
): Promise<Answer> {
  const s = oneCSettings()
  const q = container.resolve(ContainerRegistrationKeys.QUERY)
  const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
  const startedAt = new Date()
  const { data: links } = await q.graph({
    entity: LegalEntityOrder.entryPoint,
    fields: ["order_id", "b2b_legal_entity_id"],
  })
  const ids = (links as { order_id: string }[]).map((l) => l.order_id)
  const marks = new Map(
    (await onec.listOnecOrderExports({ order_id: ids }, { take: null })).map((m) => [m.order_id, m])
  )
  const statuses = await loadStatuses(container)
  const states = await loadStates(container, ids)
  const { data: orders } = ids.length
    ? await q.graph({ entity: "order", fields: EXPORT_ORDER_FIELDS, filters: { id: ids } })
    : { data: [] }
  // why: the order graph with the legal-entity link and money fields has no generated type here
  const due = (orders as any[])
    .filter((o) => {
      const m = marks.get(o.id)
      if (!m) return true
      if (m.offline) return false
      // a B2B status change made on the portal after 1C's last word and the last export is due (its
      // source is known exactly, so no tolerance for 1C's own echo is needed)
      const st = states.get(o.id)
      if (st && st.source !== "one_c") {
        const at = new Date(st.changed_at).getTime()
        if (
          (!m.exported_at || at > new Date(m.exported_at).getTime()) &&
          (!m.updated_by_1c_at || at > new Date(m.updated_by_1c_at).getTime())
        )
          return true
      }
      const updated = new Date(o.updated_at).getTime()
      if (m.exported_at && updated <= new Date(m.exported_at).getTime()) return false
      if (m.updated_by_1c_at && updated <= new Date(m.updated_by_1c_at).getTime() + 1000)
        return false
      return true
    })
    .slice(0, MAX_ORDERS)
  const docs = await exportOrders(container, due, (o) =>
    ((code) =>
      oneCStatus(
        statuses.find((x) => x.code === code),
        code
      ))(effectiveCode(o, states.get(o.id), statuses))
  )
  await onec.holdPendingOrders(
    session.id,
    due.map((o) => o.id),
    startedAt
  )
  return {
    xml: ordersDocument(docs, {
      encoding: s.answerEncoding,
      schemaVersion: s.schemaVersion,
      site: environment().STOREFRONT_URL || "b2b-portal",
    }),
    encoding: s.answerEncoding,
  }
}
