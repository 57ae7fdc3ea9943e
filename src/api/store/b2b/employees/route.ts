import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import type { StoreEmployeeListResponse } from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /store/b2b/employees: the people of the active counterparty (users.view). */
export async function GET(req: B2BRequest, res: MedusaResponse<JsonOf<StoreEmployeeListResponse>>) {
  const ctx = requireContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "b2b_employee",
    fields: [
      "id",
      "role_id",
      "status",
      "position",
      "is_default",
      "customer_id",
      "customer.email",
      "customer.first_name",
      "customer.last_name",
      "customer.phone",
      "created_at",
    ],
    filters: { legal_entity_id: ctx.active.legal_entity_id },
    pagination: { take: 500, skip: 0, order: { created_at: "ASC" } },
  })
  res.json({ employees: data, count: metadata?.count ?? data.length })
}
