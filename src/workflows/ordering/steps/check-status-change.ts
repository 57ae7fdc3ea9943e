import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { loadStatuses, type B2bStatus } from "../../../modules/ordering"
import { StatusFields, invalid, notAllowed } from "../utils/order-statuses-shared"

/** Coherence of a status' own fields: a final action only on a final status. */
function checkFields(f: StatusFields, existing?: B2bStatus) {
  const isFinal = f.is_final ?? existing?.is_final ?? false
  const action = f.final_action === undefined ? (existing?.final_action ?? null) : f.final_action
  if (action && !isFinal)
    throw invalid(`final_action: only a final status (is_final) can ${action} the order`)
  const isDefault = f.is_default_for_new ?? existing?.is_default_for_new ?? false
  if (isDefault && isFinal)
    throw invalid("is_default_for_new: a final status cannot be the status of new orders")
  if (isDefault && (f.is_active ?? existing?.is_active ?? true) === false)
    throw invalid("is_active: the status of new orders cannot be inactive")
}

/**
 * Validates a create/update/delete of a status against the current list and returns what the
 * workflow needs: the row id (update/delete) and the ids of other statuses to demote when this one
 * becomes the default for new orders.
 */
export const checkStatusChangeStep = createStep(
  "ordering-check-status-change",
  async (
    input: { op: "create" | "update" | "delete"; code: string; fields?: StatusFields },
    { container }
  ) => {
    const list = await loadStatuses(container)
    const existing = list.find((s) => s.code === input.code)
    const f = input.fields ?? {}
    if (input.op === "create") {
      if (existing) throw invalid(`code: a status "${input.code}" already exists`)
      checkFields(f)
    } else {
      if (!existing)
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Order status "${input.code}" was not found`
        )
      if (input.op === "update") {
        checkFields(f, existing)
        if (existing.is_default_for_new && f.is_default_for_new === false)
          throw invalid(
            `is_default_for_new: "${input.code}" is the status of new orders; make another status the default instead`
          )
      } else {
        if (existing.is_default_for_new)
          throw notAllowed(
            `code: "${input.code}" is the status of new orders and cannot be deleted`
          )
        const svc = container.resolve<OrderingModuleService>(ORDERING_MODULE)
        const [, used] = await svc.listAndCountB2bOrderStates(
          { status_code: input.code },
          {
            take: 1,
          }
        )
        if (used > 0)
          throw notAllowed(
            `code: status "${input.code}" is used by ${used} order(s) and cannot be deleted (deactivate it instead)`
          )
      }
    }
    const demote = f.is_default_for_new
      ? list
          .filter((s) => s.is_default_for_new && s.code !== input.code)
          .map((s) => ({ id: s.id!, is_default_for_new: false }))
      : []
    return new StepResponse({ id: existing?.id ?? null, demote })
  }
)
