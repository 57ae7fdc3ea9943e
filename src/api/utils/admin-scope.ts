import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"

export type ManagerScope = {
  all: boolean
  legal_entity_ids: string[]
  holding_ids: string[]
  user_id: string
}

/**
 * Which buyer companies the signed-in admin user may see. Executives see all; managers and
 * assistants only their assignments. Until the first executive is appointed every staff user is
 * treated as one, so a fresh installation can be set up (documented in README).
 */
export async function managerScope(
  req: AuthenticatedMedusaRequest & { b2bScope?: ManagerScope }
): Promise<ManagerScope> {
  if (req.b2bScope) return req.b2bScope
  const userId = req.auth_context.actor_id
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [anyExecutive] = await company.listB2bManagerAssignments(
    { kind: "executive" },
    {
      take: 1,
    }
  )
  const scope = anyExecutive
    ? { ...(await company.scopeForUser(userId)), user_id: userId }
    : { all: true, legal_entity_ids: [], holding_ids: [], user_id: userId }
  req.b2bScope = scope
  return scope
}

export function canSeeLegalEntity(scope: ManagerScope, legalEntityId: string | null | undefined) {
  return scope.all || (!!legalEntityId && scope.legal_entity_ids.includes(legalEntityId))
}

/** 404 (not 403) for a company outside the manager's scope: ids of others' clients reveal nothing. */
export async function assertLegalEntityInScope(
  req: AuthenticatedMedusaRequest,
  legalEntityId: string
) {
  const scope = await managerScope(req)
  if (!canSeeLegalEntity(scope, legalEntityId)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Legal entity with id ${legalEntityId} was not found`
    )
  }
  return scope
}

export async function assertExecutive(req: AuthenticatedMedusaRequest) {
  const scope = await managerScope(req)
  if (!scope.all)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only an executive can do this")
  return scope
}

/** A query filter limiting legal entities to the manager's scope. */
export function scopeFilter(scope: ManagerScope, field = "id"): Record<string, unknown> {
  return scope.all ? {} : { [field]: scope.legal_entity_ids }
}
