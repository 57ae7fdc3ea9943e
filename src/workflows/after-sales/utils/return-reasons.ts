import { Modules } from "@medusajs/framework/utils"
import type { ReturnReasonRow } from "../../../modules/after-sales"

/** All of Medusa's return reasons (the step-by-step tree is parent_return_reason_id). */
export async function listReturnReasons(container: {
  resolve: <T>(k: string) => T
}): Promise<ReturnReasonRow[]> {
  const rows = await container
    .resolve<any>(Modules.ORDER)
    .listReturnReasons(
      {},
      { take: null, select: ["id", "value", "label", "description", "parent_return_reason_id"] }
    )
  return rows as ReturnReasonRow[]
}
