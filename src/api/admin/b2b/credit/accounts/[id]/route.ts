import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCreditAccountWorkflow } from "../../../../../../workflows/credit/workflows/update-credit-account"
import type { UpdateCreditAccount } from "../../validators"
import { accountInScope, creditService } from "../../../../../utils/credit"
import type {
  AdminCreditAccountDetailResponse,
  AdminCreditAccountResponse,
} from "../../../../../../types/credit/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** GET /admin/b2b/credit/accounts/:id: terms, position, open exposures and unused overrides. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminCreditAccountDetailResponse>>
) {
  const account = await accountInScope(req, req.params.id)
  const credit = creditService(req)
  const [position, exposures, overrides] = await Promise.all([
    credit.positionOf(account.id),
    credit.listCreditExposures(
      { account_id: account.id, status: ["held", "open"] },
      { take: 200, order: { created_at: "DESC" } }
    ),
    credit.listCreditOverrides(
      { account_id: account.id },
      { take: 50, order: { created_at: "DESC" } }
    ),
  ])
  res.json({ credit_account: { ...account, position, open_exposures: exposures, overrides } })
}

/** POST /admin/b2b/credit/accounts/:id: limit, terms, manual block (audited; emits state changes). */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateCreditAccount>,
  res: MedusaResponse<JsonOf<AdminCreditAccountResponse>>
) {
  await accountInScope(req, req.params.id)
  const { result } = await updateCreditAccountWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      data: req.validatedBody,
      actor: { actor_type: "user", actor_id: req.auth_context.actor_id },
    },
  })
  res.json({
    credit_account: { ...result, position: await creditService(req).positionOf(req.params.id) },
  })
}
