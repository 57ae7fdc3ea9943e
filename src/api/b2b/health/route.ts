import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { HealthResponse } from "../../../types/common/http"

export const PLUGIN_NAME = "b2b-portal"

/**
 * GET /b2b/health: liveness of the B2B layer. Answers with the plugin name and whether the database
 * answers through Medusa's query graph, so a deployment check proves more than the HTTP server is up.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<HealthResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const started = Date.now()
  await query.graph({ entity: "region", fields: ["id"], pagination: { take: 1 } })
  res.json({ status: "ok", plugin: PLUGIN_NAME, db_ms: Date.now() - started })
}
