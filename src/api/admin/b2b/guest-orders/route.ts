import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { GuestOrdersQuery } from "./validators"
import { canSeeLegalEntity, managerScope } from "../../../utils/admin-scope"
import type { AdminGuestOrderListResponse } from "../../../../types/ordering/http"
import type { JsonOf } from "../../../../types/common/http"

export const GUEST_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "email",
  "currency_code",
  "total",
  "customer_id",
  "metadata",
  "items.*",
  "b2b_legal_entity.id",
  "b2b_legal_entity.name",
  "b2b_legal_entity.inn",
]

const MAX_SCAN = 2000

/**
 * GET /admin/b2b/guest-orders: one-click orders of visitors who were not logged in, with their
 * contact data; the ones not yet attached to a counterparty first, newest first. Attached ones are
 * shown only to managers of that counterparty (executives see all). ?attached=true|false filters.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, GuestOrdersQuery>,
  res: MedusaResponse<JsonOf<AdminGuestOrderListResponse>>
) {
  const scope = await managerScope(req)
  const q = req.validatedQuery
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: GUEST_ORDER_FIELDS,
    filters: { metadata: { b2b_guest: { $ne: null } } },
    pagination: { take: MAX_SCAN, skip: 0, order: { created_at: "DESC" } },
  })
  const rows = data
    .filter((o) => o.metadata?.b2b_guest)
    .map((o) => ({
      ...o,
      guest: o.metadata.b2b_guest,
      attached: o.metadata?.b2b_guest_attached ?? null,
      legal_entity: o.b2b_legal_entity ?? null,
    }))
    .filter((o) => !o.legal_entity || canSeeLegalEntity(scope, o.legal_entity.id))
    .filter((o) => (q.attached === undefined ? true : (q.attached === "true") === !!o.legal_entity))
  rows.sort(
    (a, b) =>
      Number(!!a.legal_entity) - Number(!!b.legal_entity) ||
      String(b.created_at).localeCompare(String(a.created_at))
  )
  const page = rows.slice(q.offset, q.offset + q.limit).map(({ b2b_legal_entity, ...o }) => o)
  res.json({
    guest_orders: page,
    count: rows.length,
    unattached: rows.filter((o) => !o.legal_entity).length,
    limit: q.limit,
    offset: q.offset,
  })
}
