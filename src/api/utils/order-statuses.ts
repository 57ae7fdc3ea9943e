import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadStatuses } from "../../modules/ordering"

/**
 * 1C's mode=info answers the configured status list, but the exchange answers it synchronously:
 * refresh the in-process list from the database right before (cheap: a handful of rows).
 */
export async function refreshStatusesForInfo(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    if ((req.query as Record<string, unknown>)?.mode === "info") await loadStatuses(req.scope)
  } catch {
    /* the exchange answers with the last known list */
  }
  next()
}
