import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The Medusa return created for a request (status and items), if any. */
export async function returnOf(container: MedusaContainer, returnId: string | null | undefined) {
  if (!returnId) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "return",
    fields: [
      "id",
      "status",
      "display_id",
      "requested_at",
      "received_at",
      "items.item_id",
      "items.quantity",
      "items.reason_id",
      "items.note",
    ],
    filters: { id: returnId },
  })
  return data[0] ?? null
}

/** Adds the counterparty's name and the author's name and e-mail to requests (manager views). */
export async function describeRequests<
  T extends { legal_entity_id: string | null; customer_id: string },
>(container: MedusaContainer, rows: T[]) {
  if (!rows.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const leIds = [...new Set(rows.map((r) => r.legal_entity_id).filter(Boolean))] as string[]
  const custIds = [...new Set(rows.map((r) => r.customer_id))]
  const [{ data: les }, { data: custs }] = await Promise.all([
    leIds.length
      ? query.graph({ entity: "b2b_legal_entity", fields: ["id", "name"], filters: { id: leIds } })
      : Promise.resolve({ data: [] }),
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: custIds },
    }),
  ])
  const le = new Map((les as { id: string; name: string }[]).map((l) => [l.id, l.name]))
  const cu = new Map(
    (
      custs as {
        id: string
        email: string
        first_name: string | null
        last_name: string | null
      }[]
    ).map((c) => [c.id, c])
  )
  return rows.map((r) => {
    const c = cu.get(r.customer_id)
    return {
      ...r,
      legal_entity_name: (r.legal_entity_id && le.get(r.legal_entity_id)) ?? null,
      customer: c
        ? {
            id: c.id,
            email: c.email,
            name: [c.first_name, c.last_name].filter(Boolean).join(" ") || null,
          }
        : null,
    }
  })
}
