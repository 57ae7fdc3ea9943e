import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ONE_C_MODULE } from "../../../../../modules/one-c"
import type OneCModuleService from "../../../../../modules/one-c/service"
import type { AdminOneCSessionListResponse, FileCounts } from "../../../../../types/one-c/http"
import type { JsonOf } from "../../../../../types/common/http"

/** GET /admin/b2b/one-c/sessions: the exchange log — recent sessions with their files and progress. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminOneCSessionListResponse>>
) {
  const onec = req.scope.resolve<OneCModuleService>(ONE_C_MODULE)
  const limit = Math.min(Number(req.query.limit ?? 20) || 20, 100)
  const sessions = await onec.listOnecSessions(
    {},
    {
      take: limit,
      order: { created_at: "DESC" },
      select: ["id", "type", "status", "version", "full_import", "created_at", "last_seen_at"],
    }
  )
  const ids = sessions.map((s) => s.id)
  const files = ids.length
    ? await onec.listOnecFileStates(
        { session_id: ids },
        { take: null, order: { started_at: "ASC" } }
      )
    : []
  res.json({
    sessions: sessions.map((s) => ({
      ...s,
      files: files
        .filter((f) => f.session_id === s.id)
        .map((f) => ({
          filename: f.filename,
          phase: f.phase,
          staged: f.staged,
          applied: f.applied_seq,
          progress: f.staged ? Math.round((100 * f.applied_seq) / f.staged) : 0,
          counts: f.counts as FileCounts | null, // the json column as the import writes it
          error: f.error,
          started_at: f.started_at,
          finished_at: f.finished_at,
          duration_ms: f.finished_at
            ? new Date(f.finished_at).getTime() - new Date(f.started_at).getTime()
            : null,
        })),
    })),
  })
}
