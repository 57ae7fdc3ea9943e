import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CREDIT_MODULE } from "../../modules/credit"
import type CreditModuleService from "../../modules/credit/service"
import { managerScope } from "./admin-scope"
import { type B2BRequest, requireContext } from "./b2b-context"

export const creditService = (req: { scope: { resolve: <T>(k: string) => T } }) =>
  req.scope.resolve<CreditModuleService>(CREDIT_MODULE)

/** The credit account governing the active counterparty (its own or its holding's), or null. */
export async function activeCreditAccount(req: B2BRequest) {
  const ctx = requireContext(req)
  const account = await creditService(req).accountFor(
    ctx.active.legal_entity_id,
    ctx.active.holding_id
  )
  return { ctx, account }
}

/** An account the signed-in manager may see, else 404 (ids of other managers' clients reveal nothing). */
export async function accountInScope(req: AuthenticatedMedusaRequest, id: string) {
  const [account] = await creditService(req).listCreditAccounts({ id }, { take: 1 })
  const scope = await managerScope(req)
  const visible =
    account &&
    (scope.all ||
      (account.legal_entity_id && scope.legal_entity_ids.includes(account.legal_entity_id)) ||
      (account.holding_id && scope.holding_ids.includes(account.holding_id)))
  if (!visible)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Credit account with id ${id} was not found`)
  return account
}
