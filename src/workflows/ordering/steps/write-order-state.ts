import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { SetStatusInput } from "../utils/order-statuses-shared"

/** Writes the order's current status and appends to its history; compensation restores the previous state. */
export const writeOrderStateStep = createStep(
  "ordering-write-order-state",
  async (input: SetStatusInput, { container }) => {
    const svc = container.resolve<OrderingModuleService>(ORDERING_MODULE)
    const [prev] = await svc.listB2bOrderStates({ order_id: input.order_id }, { take: 1 })
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
      // cast to any: history is a jsonb column (typed unknown by the DML)
      const history = [...(((prev as any).history as unknown[]) ?? []), entry]
      // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
      const [row] = await svc.updateB2bOrderStates([{ id: prev.id, ...fields, history } as any])
      return new StepResponse(row, {
        id: prev.id,
        restore: {
          status_code: prev.status_code,
          changed_at: prev.changed_at,
          changed_by: prev.changed_by,
          source: prev.source,
          history: prev.history,
        },
      })
    }
    const [row] = await svc.createB2bOrderStates([
      // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
      { order_id: input.order_id, ...fields, history: [entry] } as any,
    ])
    return new StepResponse(row, { id: row.id, restore: null as null | Record<string, unknown> })
  },
  async (comp, { container }) => {
    if (!comp) return
    const svc = container.resolve<OrderingModuleService>(ORDERING_MODULE)
    if (comp.restore) await svc.updateB2bOrderStates([{ id: comp.id, ...comp.restore }])
    else await svc.deleteB2bOrderStates([comp.id])
  }
)
