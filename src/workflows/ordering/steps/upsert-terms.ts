import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { ProductTermsInput } from "../utils/product-terms"

/** Creates or updates the terms of a product (or variant); compensation restores the previous row. */
export const upsertTermsStep = createStep(
  "ordering-upsert-product-terms",
  async (rows: ProductTermsInput[], { container }) => {
    const svc = container.resolve<OrderingModuleService>(ORDERING_MODULE)
    const existing = await svc.listOrdProductTerms(
      { product_id: rows.map((r) => r.product_id) },
      { take: null }
    )
    const find = (r: ProductTermsInput) =>
      existing.find(
        (e) => e.product_id === r.product_id && (e.variant_id ?? null) === (r.variant_id ?? null)
      )
    const previous = rows
      .map(find)
      .filter(Boolean)
      .map((e: any) => ({ ...e }))
    const out: any[] = []
    const created: string[] = []
    for (const r of rows) {
      const e = find(r)
      // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
      if (e) out.push(await svc.updateOrdProductTerms({ id: e.id, ...r } as any))
      else {
        // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
        const c = await svc.createOrdProductTerms(r as any)
        created.push(c.id)
        out.push(c)
      }
    }
    return new StepResponse(out, { created, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const svc = container.resolve<OrderingModuleService>(ORDERING_MODULE)
    if (undo.created.length) await svc.deleteOrdProductTerms(undo.created)
    for (const p of undo.previous) {
      const { id, min_quantity, multiple, base_unit, units, weight_kg, volume_m3 } = p
      await svc.updateOrdProductTerms({
        id,
        min_quantity,
        multiple,
        base_unit,
        units,
        weight_kg,
        volume_m3,
      })
    }
  }
)
