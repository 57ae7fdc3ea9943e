import type { AdminOneCReimportResponse, SessionDetail } from "../../../../../../types/one-c/http"
import type { JsonOf } from "../../../../../../types/common/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ONE_C_MODULE } from "../../../../../../modules/one-c"
import type OneCModuleService from "../../../../../../modules/one-c/service"
import { runImportCall } from "../../../../../../workflows/one-c/utils"
import { oneCSettings } from "../../../../../../lib/one-c-settings"
import { assertExecutive } from "../../../../../utils/admin-scope"

/** GET /admin/b2b/one-c/sessions/:id: one session's step log (each import/query call with its answer and duration). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<SessionDetail>>
) {
  const onec = req.scope.resolve<OneCModuleService>(ONE_C_MODULE)
  const [session] = await onec.listOnecSessions({ id: req.params.id }, { take: 1 })
  if (!session)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Exchange session ${req.params.id} was not found`
    )
  const log = await onec.listOnecLogs(
    { session_id: session.id },
    { take: 1000, order: { created_at: "ASC" } }
  )
  res.json({
    session: {
      id: session.id,
      type: session.type,
      status: session.status,
      created_at: session.created_at,
    },
    log,
  })
}

/**
 * POST /admin/b2b/one-c/sessions/:id { filename }: runs the import of an uploaded file again (after
 * fixing a mapping or a failure), step by step until done; the result is the protocol answer.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<{ filename?: string }>,
  res: MedusaResponse<AdminOneCReimportResponse>
) {
  await assertExecutive(req)
  const onec = req.scope.resolve<OneCModuleService>(ONE_C_MODULE)
  const [session] = await onec.listOnecSessions({ id: req.params.id }, { take: 1 })
  if (!session)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Exchange session ${req.params.id} was not found`
    )
  const filename = req.body?.filename
  if (!filename)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "filename: which uploaded file to import again"
    )
  await onec.resetFile(session.id, filename)
  const s = { ...oneCSettings(), stepSeconds: 0 }
  let answer: any
  for (let i = 0; i < 100000; i++) {
    answer = await runImportCall(req.scope, session, filename, s)
    if (!("lines" in answer) || answer.lines[0] !== "progress") break
  }
  res.json({ result: answer.lines?.[0], message: answer.lines?.slice(1).join("\n") })
}
