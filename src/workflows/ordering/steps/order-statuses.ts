import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { effectiveCode, loadStates, loadStatuses, type B2bStatus } from "../../../modules/ordering"

export type StatusFields = Partial<Omit<B2bStatus, "id">>

const invalid = (m: string) => new MedusaError(MedusaError.Types.INVALID_DATA, m)
const notAllowed = (m: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, m)

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
        const [, used] = await svc.listAndCountB2bOrderStates({ status_code: input.code } as any, {
          take: 1,
        })
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

export type SetStatusInput = {
  order_id: string
  code: string
  source: "portal" | "manager" | "one_c"
  changed_by?: string | null
  comment?: string | null
  /** what 1C sent, kept in the history */
  one_c_raw?: string | null
}

/**
 * Can the order move to this status? Returns what else must happen: cancel or complete the Medusa
 * order (final statuses), or nothing at all when the order already has the status.
 */
export const checkOrderStatusStep = createStep(
  "ordering-check-order-status",
  async (input: SetStatusInput, { container }) => {
    const list = await loadStatuses(container)
    const target = list.find((s) => s.code === input.code)
    if (!target) throw invalid(`code: unknown order status "${input.code}"`)
    if (!target.is_active) throw invalid(`code: order status "${input.code}" is inactive`)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status"],
      filters: { id: input.order_id },
    })
    const order = data[0] as { id: string; status: string } | undefined
    if (!order)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id ${input.order_id} was not found`
      )
    const state = (await loadStates(container, [order.id])).get(order.id)
    const current = effectiveCode(order, state, list)
    const currentStatus = list.find((s) => s.code === current)
    const unchanged = state?.status_code === target.code
    if (!unchanged && current !== target.code && currentStatus?.is_final)
      throw notAllowed(
        `code: the order is in the final status "${currentStatus.name}" and cannot be changed`
      )
    if (order.status === "canceled" && target.final_action !== "cancel")
      throw notAllowed(`code: the order is canceled and cannot be changed`)
    return new StepResponse({
      unchanged,
      cancel: target.final_action === "cancel" && order.status !== "canceled",
      complete: target.final_action === "complete" && order.status !== "completed",
    })
  }
)

/** Writes the order's current status and appends to its history; compensation restores the previous state. */
export const writeOrderStateStep = createStep(
  "ordering-write-order-state",
  async (input: SetStatusInput, { container }) => {
    const svc = container.resolve<OrderingModuleService>(ORDERING_MODULE)
    const [prev] = await svc.listB2bOrderStates({ order_id: input.order_id } as any, { take: 1 })
    const at = new Date()
    const entry = {
      code: input.code,
      at: at.toISOString(),
      by: input.changed_by ?? null,
      source: input.source,
      comment: input.comment ?? null,
      one_c_raw: input.one_c_raw ?? null,
    }
    const fields = {
      status_code: input.code,
      changed_at: at,
      changed_by: input.changed_by ?? null,
      source: input.source,
    }
    if (prev) {
      const history = [...(((prev as any).history as unknown[]) ?? []), entry]
      const [row] = await svc.updateB2bOrderStates([{ id: prev.id, ...fields, history } as any])
      return new StepResponse(row, {
        id: prev.id,
        restore: {
          status_code: prev.status_code,
          changed_at: prev.changed_at,
          changed_by: prev.changed_by,
          source: prev.source,
          history: (prev as any).history,
        },
      })
    }
    const [row] = await svc.createB2bOrderStates([
      { order_id: input.order_id, ...fields, history: [entry] } as any,
    ])
    return new StepResponse(row, { id: row.id, restore: null as null | Record<string, unknown> })
  },
  async (comp, { container }) => {
    if (!comp) return
    const svc = container.resolve<OrderingModuleService>(ORDERING_MODULE)
    if (comp.restore) await svc.updateB2bOrderStates([{ id: comp.id, ...comp.restore } as any])
    else await svc.deleteB2bOrderStates([comp.id])
  }
)
