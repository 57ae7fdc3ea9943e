import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { auditImpersonatedWriteWorkflow } from "../../workflows/company/workflows/audit-impersonated-write"
import { clientIp } from "./actor"
import type { B2BRequest } from "./b2b-context"

/** Every write made with an impersonation token is recorded once the response is sent. */
export function auditImpersonatedWrites(
  req: B2BRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const ctx = req.auth_context
  if (
    ctx?.impersonator_user_id &&
    req.method !== "GET" &&
    req.method !== "HEAD" &&
    req.method !== "OPTIONS"
  ) {
    res.on("finish", () => {
      auditImpersonatedWriteWorkflow(req.scope)
        .run({
          input: {
            user_id: ctx.impersonator_user_id!,
            customer_id: ctx.actor_id,
            impersonation_id: ctx.impersonation_id ?? null,
            method: req.method,
            path: req.originalUrl?.split("?")[0] ?? req.path,
            status: res.statusCode,
            legal_entity_id: req.b2b?.active.legal_entity_id ?? null,
            ip: clientIp(req),
          },
        })
        .catch((e) =>
          req.scope.resolve("logger").error(`impersonation audit failed: ${e?.message}`)
        )
    })
  }
  next()
}
