import type { InferTypeOf } from "@medusajs/framework/types"
import { model } from "@medusajs/framework/utils"

export const REQUEST_TYPES = ["complaint", "feedback", "return", "document"] as const
export const REQUEST_STATUSES = [
  "open",
  "in_progress",
  "approved",
  "rejected",
  "resolved",
  "canceled",
] as const
export const REQUESTED_DOCUMENT_TYPES = [
  "invoice",
  "upd",
  "waybill",
  "reconciliation_act",
  "certificate",
  "other",
] as const

/**
 * An after-sales request of a buyer about one order: a complaint, free-form feedback, a return
 * request (items with step-by-step reasons of Medusa's return reasons; on approval a Medusa return is
 * created and its id kept here) or a request for a document. `order_id` and `legal_entity_id` are
 * plain ids, as in the documents module; the order is reached with query by id.
 */
export const OrderRequest = model
  .define("b2b_order_request", {
    id: model.id({ prefix: "oreq" }).primaryKey(),
    type: model.enum([...REQUEST_TYPES]),
    status: model.enum([...REQUEST_STATUSES]).default("open"),
    order_id: model.text(),
    order_display_id: model.number().nullable(),
    legal_entity_id: model.text().nullable(),
    customer_id: model.text(),
    subject: model.text().nullable(),
    message: model.text().nullable(),
    /** Leaf return reason (Medusa return_reason id / value / label) and its parent, for returns. */
    reason_id: model.text().nullable(),
    reason_code: model.text().nullable(),
    reason_label: model.text().nullable(),
    parent_reason_code: model.text().nullable(),
    parent_reason_label: model.text().nullable(),
    /** [{ order_item_id, title, quantity, reason_id, reason_code, reason_label, note }] */
    items: model.json().nullable(),
    document_type: model.enum([...REQUESTED_DOCUMENT_TYPES]).nullable(),
    document_id: model.text().nullable(),
    return_id: model.text().nullable(),
    reply: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    messages: model.hasMany(() => OrderRequestMessage, { mappedBy: "request" }),
  })
  .indexes([
    { on: ["legal_entity_id", "status"] },
    { on: ["order_id"] },
    { on: ["customer_id"] },
    { on: ["type", "status"] },
  ])

/** One message of a request's conversation between the buyer and the manager. */
export const OrderRequestMessage = model.define("b2b_order_request_message", {
  id: model.id({ prefix: "oreqm" }).primaryKey(),
  author_type: model.enum(["buyer", "manager"]),
  author_id: model.text().nullable(),
  text: model.text(),
  request: model.belongsTo(() => OrderRequest, { mappedBy: "messages" }),
})

/** one line of a return or complaint request's `items` (the json column's shape, as createOrderRequestWorkflow writes it) */
export type OrderRequestItem = {
  order_item_id: string
  title: string
  quantity: number
  reason_code: string
  reason_label: string
  note: string | null
}
/** a request row with its json items typed */
export type OrderRequestRow = Omit<InferTypeOf<typeof OrderRequest>, "items"> & {
  items: OrderRequestItem[] | null
}
/** a request row (with or without its messages) whose json items are typed */
export type WithTypedItems<T extends { items: unknown }> = Omit<T, "items"> & {
  items: OrderRequestItem[] | null
}
