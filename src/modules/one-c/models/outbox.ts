import { model } from "@medusajs/framework/utils"

/**
 * Orders waiting to be pushed to a 1C HTTP service (optional, ONE_C_PUSH_URL): retried with
 * exponential backoff, `dead` after the last attempt (the dead-letter list managers see and retry).
 * The order id is the idempotency key 1C receives, so a repeated push never duplicates an order.
 */
export const Outbox = model
  .define("onec_outbox", {
    id: model.id({ prefix: "onecob" }).primaryKey(),
    order_id: model.text(),
    status: model.enum(["pending", "sent", "dead"]).default("pending"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime(),
    last_error: model.text().nullable(),
    response_status: model.number().nullable(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "next_attempt_at"] },
  ])
