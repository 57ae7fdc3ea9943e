import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { managerScope } from "../../../utils/admin-scope"
import type { AdminMeResponse } from "../../../../types/company/http"

/** GET /admin/b2b/me: the staff user's scope (executive, or the assigned companies). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminMeResponse>) {
  const scope = await managerScope(req)
  res.json({
    user_id: scope.user_id,
    executive: scope.all,
    legal_entity_ids: scope.legal_entity_ids,
    holding_ids: scope.holding_ids,
  })
}
