import { model } from "@medusajs/framework/utils"

/**
 * A B2B order status as managers configure it (Medusa's order.status is a fixed enum): its code,
 * the name buyers see, and the id/name of the matching status in 1C's "exchange with site"
 * settings. A final status closes the order: `final_action` completes or cancels the Medusa order.
 */
export const OrderStatus = model.define("b2b_order_status", {
  id: model.id({ prefix: "ostat" }).primaryKey(),
  code: model.text().unique(),
  name: model.text(),
  one_c_id: model.text().nullable(),
  one_c_name: model.text().nullable(),
  sort: model.number().default(0),
  is_default_for_new: model.boolean().default(false),
  is_final: model.boolean().default(false),
  final_action: model.enum(["complete", "cancel"]).nullable(),
  is_active: model.boolean().default(true),
  color: model.text().nullable(),
  buyer_visible: model.boolean().default(true),
})

/**
 * The current B2B status of one order and how it got there. `history` is the append-only list of
 * changes: [{ code, at, by, source, comment, one_c_raw }].
 */
export const OrderState = model
  .define("b2b_order_state", {
    id: model.id({ prefix: "ostate" }).primaryKey(),
    order_id: model.text().unique(),
    status_code: model.text(),
    changed_at: model.dateTime(),
    changed_by: model.text().nullable(),
    source: model.enum(["portal", "manager", "one_c"]).default("portal"),
    history: model.json().nullable(),
  })
  .indexes([{ on: ["status_code"] }])
