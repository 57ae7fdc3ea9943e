import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rm } from "node:fs/promises"
import path from "node:path"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"

export type PurgeInput = {
  now: string
  retention_hours: number
  idle_hours: number
  exchange_dir: string
  batch_size?: number
  max_sessions?: number
}

/**
 * Staged objects, file cursors and uploaded files of finished exchange sessions (closed, or idle
 * past the session timeout) last seen more than `retention_hours` ago. Rows go in batches (one
 * DELETE of `batch_size` rows at a time, so a 100k-object session never holds a long lock); a
 * session's folder is removed only when it lies inside the exchange folder.
 * No compensation: what is purged is staging data of sessions nobody can resume, and a failed run
 * is simply repeated by the next schedule (every step is idempotent).
 */
export const purgeStagedStep = createStep(
  "one-c-purge-staged",
  async (input: PurgeInput, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const now = new Date(input.now).getTime()
    const sessions = await onec.sessionsToPurge(
      new Date(now - input.retention_hours * 3600_000),
      new Date(now - input.idle_hours * 3600_000),
      input.max_sessions ?? 100
    )
    const root = path.resolve(input.exchange_dir)
    let rows = 0
    let dirs = 0
    for (const s of sessions) {
      for (;;) {
        const n = await onec.purgeStagedBatch([s.id], input.batch_size ?? 5000)
        rows += n
        if (n < (input.batch_size ?? 5000)) break
      }
      if (s.dir && path.resolve(s.dir).startsWith(root + path.sep)) {
        await rm(s.dir, { recursive: true, force: true })
        dirs++
      }
      await onec.markPurged([s.id])
    }
    return new StepResponse({ sessions: sessions.length, rows, dirs })
  }
)
