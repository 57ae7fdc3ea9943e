import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { installRlsSetting, rlsContext } from "./rls"
import type { B2BRequest } from "./b2b-context"

/**
 * Runs the rest of a store request with the acting company as the row-level-security scope (src/api/utils/rls.ts):
 * every statement it issues sees `b2b.legal_entity_id` = the acting legal entity, so the policies on our
 * company-scoped tables hide other companies' rows even if an application guard were missing. Used on
 * routes that only ever touch the acting company's rows (address book, saved carts, documents). After
 * actingContextMiddleware.
 */
export function companyRowScope(req: B2BRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  installRlsSetting(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  const legalEntityId = req.b2b?.active?.legal_entity_id ?? ""
  // these routes always act for a company; without one the scope is a value no row has: nothing, never everything
  rlsContext.run({ legalEntityId: legalEntityId || "none" }, () => next())
}
