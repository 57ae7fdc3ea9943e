import { model } from "@medusajs/framework/utils"

/**
 * One exchange session of a 1C node (checkauth → … → success/complete). Everything the next
 * request needs lives here, not in process memory: any server instance may receive it.
 */
export const ExchangeSession = model
  .define("onec_session", {
    id: model.id({ prefix: "onecs" }).primaryKey(),
    type: model.enum(["catalog", "sale"]),
    cookie: model.text(),
    sessid: model.text(),
    version: model.text().nullable(),
    dir: model.text(),
    status: model.enum(["active", "closed"]).default("active"),
    last_seen_at: model.dateTime(),
    /** true once a file that is not a delta (СодержитТолькоИзменения=false) was imported */
    full_import: model.boolean().default(false),
    /** sale: orders handed out by the last `query`, committed on `success` */
    pending_orders: model.json().nullable(),
    pending_started_at: model.dateTime().nullable(),
    counts: model.json().nullable(),
  })
  .indexes([
    { on: ["cookie"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "last_seen_at"] },
  ])
