import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"

/** GET /store/b2b/company: the active counterparty's requisites and holding. */
export async function GET(req: B2BRequest, res: MedusaResponse) {
  const ctx = requireContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "b2b_legal_entity",
    fields: ["id", "name", "full_name", "inn", "kpp", "ogrn", "legal_address", "actual_address", "email", "phone", "status", "holding.id", "holding.name"],
    filters: { id: ctx.active.legal_entity_id },
  })
  res.json({ company: data[0] })
}
