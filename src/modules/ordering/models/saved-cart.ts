import type { InferTypeOf } from "@medusajs/framework/types"
import { model } from "@medusajs/framework/utils"

/**
 * A named snapshot of cart lines: a saved cart (put aside, restored later) or an order template
 * (a list reused again and again). Belongs to one counterparty; private to its author unless shared
 * with colleagues. Lines keep article and title so a later restore can report what disappeared.
 */
export const SavedCart = model
  .define("ord_saved_cart", {
    id: model.id({ prefix: "scart" }).primaryKey(),
    legal_entity_id: model.text(),
    customer_id: model.text(),
    name: model.text(),
    kind: model.enum(["cart", "template"]).default("cart"),
    is_shared: model.boolean().default(false),
    /** [{ variant_id, sku, title, quantity }] */
    items: model.json(),
    item_count: model.number().default(0),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["legal_entity_id", "customer_id"] }, { on: ["legal_entity_id", "is_shared"] }])

/** one line of a saved cart's `items` (the json column's shape, as saveCartWorkflow writes it) */
export type SavedCartLine = {
  variant_id: string
  sku: string | null
  title: string
  quantity: number
}
/** a saved cart row with its json lines typed */
export type SavedCartRow = Omit<InferTypeOf<typeof SavedCart>, "items"> & { items: SavedCartLine[] }
