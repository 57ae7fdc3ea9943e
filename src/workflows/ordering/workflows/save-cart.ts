import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"

import { createOrdSavedCartsStep } from "../steps/create-ord-saved-carts"

export type SaveCartInput = {
  cart_id: string
  legal_entity_id: string
  customer_id: string
  name: string
  kind: "cart" | "template"
  is_shared: boolean
  note?: string | null
}

/** Saves the lines of a cart under a name (as a saved cart or an order template). */
export const saveCartWorkflow = createWorkflow("ordering-save-cart", (input: SaveCartInput) => {
  const { data } = useQueryGraphStep({
    entity: "cart",
    fields: [
      "id",
      "items.variant_id",
      "items.variant_sku",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
    ],
    filters: { id: input.cart_id },
  })
  const rows = transform({ data, input }, ({ data, input }) => {
    // cast to any: query.graph/module results are typed without the relations and raw fields requested here
    const items = ((data[0]?.items ?? []) as any[])
      .filter((i) => i.variant_id)
      .map((i) => ({
        variant_id: i.variant_id,
        sku: i.variant_sku ?? null,
        title: [i.product_title, i.variant_title].filter(Boolean).join(" / "),
        quantity: Number(i.quantity),
      }))
    return [
      {
        legal_entity_id: input.legal_entity_id,
        customer_id: input.customer_id,
        name: input.name,
        kind: input.kind,
        is_shared: input.is_shared,
        note: input.note ?? null,
        items,
        item_count: items.length,
      },
    ]
  })
  const created = createOrdSavedCartsStep(rows)
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
