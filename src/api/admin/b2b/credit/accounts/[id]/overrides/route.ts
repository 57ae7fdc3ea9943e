import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { grantCreditOverrideWorkflow } from "../../../../../../../workflows/credit/workflows/grant-credit-override"
import type { GrantOverride } from "../../../validators"
import { accountInScope, creditService } from "../../../../../../utils/credit"
import { assertReferencesExist } from "../../../../../../validation/references"
import type {
  AdminCreditOverrideListResponse,
  AdminCreditOverrideResponse,
} from "../../../../../../../types/credit/http"
import type { JsonOf } from "../../../../../../../types/common/http"

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminCreditOverrideListResponse>>
) {
  const account = await accountInScope(req, req.params.id)
  res.json({
    overrides: await creditService(req).listCreditOverrides(
      { account_id: account.id },
      { take: 100, order: { created_at: "DESC" } }
    ),
  })
}

/** POST /admin/b2b/credit/accounts/:id/overrides: lets the next order through the credit checks once (audited). */
export async function POST(
  req: AuthenticatedMedusaRequest<GrantOverride>,
  res: MedusaResponse<JsonOf<AdminCreditOverrideResponse>>
) {
  const account = await accountInScope(req, req.params.id)
  const b = req.validatedBody
  await assertReferencesExist(req.scope, [
    { field: "legal_entity_id", entity: "b2b_legal_entity", id: b.legal_entity_id },
  ])
  const { result } = await grantCreditOverrideWorkflow(req.scope).run({
    input: {
      account_id: account.id,
      legal_entity_id: b.legal_entity_id ?? null,
      reason: b.reason,
      max_amount: b.max_amount ?? null,
      expires_at: new Date(Date.now() + b.expires_in_hours * 3600_000).toISOString(),
      actor_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ override: result })
}
