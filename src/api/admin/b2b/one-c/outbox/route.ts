import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ONE_C_MODULE } from "../../../../../modules/one-c"
import type OneCModuleService from "../../../../../modules/one-c/service"
import type { AdminOneCOutboxListResponse } from "../../../../../types/one-c/http"
import type { JsonOf } from "../../../../../types/common/http"

/** GET /admin/b2b/one-c/outbox?status=dead: orders queued for / pushed to 1C, the dead-letter list with ?status=dead. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminOneCOutboxListResponse>>
) {
  const q = req.query.status
  if (q !== undefined && !(typeof q === "string" && ["pending", "sent", "dead"].includes(q))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "status: one of pending, sent, dead")
  }
  const status = q ? { status: q } : {}
  const rows = await req.scope
    .resolve<OneCModuleService>(ONE_C_MODULE)
    .listOnecOutboxes(status, { take: 200, order: { updated_at: "DESC" } })
  res.json({ outbox: rows })
}
