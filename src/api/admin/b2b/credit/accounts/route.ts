import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createCreditAccountWorkflow } from "../../../../../workflows/credit/workflows/create-credit-account"
import type { CreateCreditAccount } from "../validators"
import { managerScope } from "../../../../utils/admin-scope"
import { creditService } from "../../../../utils/credit"
import { assertReferencesExist } from "../../../../validation/references"
import type {
  AdminCreditAccountListResponse,
  AdminCreditAccountResponse,
} from "../../../../../types/credit/http"
import type { JsonOf } from "../../../../../types/common/http"

/** GET /admin/b2b/credit/accounts: accounts of the manager's clients with their current position. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminCreditAccountListResponse>>
) {
  const scope = await managerScope(req)
  const q = req.query as { legal_entity_id?: string; holding_id?: string }
  const filters: Record<string, unknown> = {}
  if (q.legal_entity_id) filters.legal_entity_id = q.legal_entity_id
  if (q.holding_id) filters.holding_id = q.holding_id
  if (!scope.all)
    filters.$or = [{ legal_entity_id: scope.legal_entity_ids }, { holding_id: scope.holding_ids }]
  const credit = creditService(req)
  const rows = await credit.listCreditAccounts(filters, {
    take: 500,
    order: { created_at: "DESC" },
  })
  const accounts = await Promise.all(
    rows.map(async (a) => ({ ...a, position: await credit.positionOf(a.id) }))
  )
  res.json({ credit_accounts: accounts })
}

/** POST /admin/b2b/credit/accounts: opens an account for a counterparty or a holding. */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateCreditAccount>,
  res: MedusaResponse<JsonOf<AdminCreditAccountResponse>>
) {
  const body = req.validatedBody
  const scope = await managerScope(req)
  // the counterparty or holding must exist (a manager's own scope only lists existing ones)
  if (scope.all) {
    await assertReferencesExist(req.scope, [
      { field: "legal_entity_id", entity: "b2b_legal_entity", id: body.legal_entity_id },
      { field: "holding_id", entity: "b2b_holding", id: body.holding_id },
    ])
  }
  const inScope =
    scope.all ||
    (body.legal_entity_id
      ? scope.legal_entity_ids.includes(body.legal_entity_id)
      : scope.holding_ids.includes(body.holding_id!))
  if (!inScope)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${body.legal_entity_id ? "Legal entity" : "Holding"} with id ${body.legal_entity_id ?? body.holding_id} was not found`
    )
  const credit = creditService(req)
  const clash = await credit.listCreditAccounts(
    body.legal_entity_id
      ? { legal_entity_id: body.legal_entity_id }
      : { holding_id: body.holding_id },
    { take: 1 }
  )
  if (clash.length)
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `${body.legal_entity_id ? "legal_entity_id" : "holding_id"}: already has credit account ${clash[0].id}`
    )
  const { result } = await createCreditAccountWorkflow(req.scope).run({
    input: {
      data: body,
      actor: { actor_type: "user", actor_id: req.auth_context.actor_id },
    },
  })
  res
    .status(201)
    .json({ credit_account: { ...result, position: await credit.positionOf(result.id) } })
}
