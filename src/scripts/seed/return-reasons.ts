import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createReturnReasonsWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Step-by-step return reasons (Medusa's return reasons, nested by parent_return_reason_id): a buyer
 * picks a group, then a leaf. Managers edit them in the admin under Settings → Return reasons.
 */
export const DEMO_RETURN_REASONS: {
  value: string
  label: string
  children: { value: string; label: string }[]
}[] = [
  {
    value: "defect",
    label: "Брак",
    children: [
      { value: "defect_not_working", label: "Не работает" },
      { value: "defect_damaged", label: "Механическое повреждение" },
      { value: "defect_incomplete", label: "Некомплект" },
    ],
  },
  {
    value: "mismatch",
    label: "Несоответствие заказу",
    children: [
      { value: "mismatch_wrong_item", label: "Пересорт (не тот товар)" },
      { value: "mismatch_surplus", label: "Излишек" },
      { value: "mismatch_spec", label: "Не те характеристики" },
    ],
  },
  { value: "not_needed", label: "Товар не понадобился", children: [] },
]

/** Creates the reasons that are missing (by value); idempotent. */
export async function seedReturnReasons(container: MedusaContainer): Promise<{ created: number }> {
  const orders = container.resolve(Modules.ORDER)
  const existing = new Map<string, string>(
    (await orders.listReturnReasons({}, { take: null })).map(
      (r) => [r.value, r.id] as [string, string]
    )
  )
  let created = 0
  const make = async (
    rows: { value: string; label: string; parent_return_reason_id?: string }[]
  ) => {
    const missing = rows.filter((r) => !existing.has(r.value))
    if (!missing.length) return
    const { result } = await createReturnReasonsWorkflow(container).run({
      input: { data: missing },
    })
    for (const r of result) existing.set(r.value, r.id)
    created += missing.length
  }
  await make(DEMO_RETURN_REASONS.map(({ value, label }) => ({ value, label })))
  await make(
    DEMO_RETURN_REASONS.flatMap((g) =>
      g.children.map((c) => ({ ...c, parent_return_reason_id: existing.get(g.value)! }))
    )
  )
  return { created }
}
