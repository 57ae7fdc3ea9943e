import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cancelRefusal,
  effectiveCode,
  finalStatusFor,
  loadStates,
  loadStatuses,
} from "../../../modules/ordering"

/**
 * Whether a buyer may cancel these orders now (the ordering module's cancelRefusal on what is read
 * here: Medusa's status, fulfillments, payments taken, the B2B status). Shared by the order read
 * (can_cancel) and cancelB2bOrderWorkflow. Orders not found are absent from the map.
 */
export async function cancelChecks(
  container: Pick<MedusaContainer, "resolve">,
  orderIds: string[]
): Promise<Map<string, { refusal: string | null; code: string; cancel_code: string }>> {
  const out = new Map<string, { refusal: string | null; code: string; cancel_code: string }>()
  if (!orderIds.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "metadata",
      "fulfillments.id",
      "fulfillments.canceled_at",
      "payment_collections.captured_amount",
      "payment_collections.refunded_amount",
    ],
    filters: { id: orderIds },
  })
  const statuses = await loadStatuses(container)
  const states = await loadStates(container, orderIds)
  const cancel_code = finalStatusFor(statuses, "cancel")?.code ?? "canceled"
  type Row = {
    id: string
    status: string
    metadata?: Record<string, unknown> | null
    fulfillments?: ({ canceled_at?: unknown } | null)[] | null
    payment_collections?: ({ captured_amount?: unknown; refunded_amount?: unknown } | null)[] | null
  }
  for (const o of data as unknown as Row[]) {
    const code = effectiveCode(o, states.get(o.id), statuses)
    const paid = (o.payment_collections ?? []).some(
      (pc) => Number(pc?.captured_amount ?? 0) > 0 || Number(pc?.refunded_amount ?? 0) > 0
    )
    const fulfillments = (o.fulfillments ?? []).filter((f) => !f?.canceled_at).length
    out.set(o.id, {
      code,
      cancel_code,
      refusal: cancelRefusal(
        { medusa_status: o.status, code, fulfillments, paid, offline: !!o.metadata?.offline },
        statuses
      ),
    })
  }
  return out
}
