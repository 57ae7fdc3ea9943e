import type { MedusaContainer } from "@medusajs/framework/types"
import { oneCSettings } from "../lib/one-c-settings"
import { purgeStagedWorkflow } from "../workflows/one-c"
import { pluginOptions } from "../lib/plugin-options"

/**
 * Hourly: staged objects and uploaded files of finished 1C sessions older than
 * ONE_C_STAGED_RETENTION_HOURS (default 24) are deleted in batches (README "1C connector").
 */
export default async function oneCPurgeStaged(container: MedusaContainer) {
  const s = oneCSettings()
  const retention = pluginOptions().oneC.stagedRetentionHours
  if (!(retention > 0)) return
  await purgeStagedWorkflow(container).run({
    input: {
      now: new Date().toISOString(),
      retention_hours: retention,
      idle_hours: s.sessionIdleHours,
      exchange_dir: s.dir,
      batch_size: 5000,
    },
  })
}

export const config = { name: "one-c-purge-staged", schedule: "23 * * * *" }
