import { model } from "@medusajs/framework/utils"

/** The exchange log: one row per request step that did work (import, query, file…). */
export const ExchangeLog = model
  .define("onec_log", {
    id: model.id({ prefix: "onecl" }).primaryKey(),
    session_id: model.text().nullable(),
    type: model.text(),
    mode: model.text(),
    filename: model.text().nullable(),
    status: model.enum(["success", "progress", "failure"]),
    message: model.text().nullable(),
    counts: model.json().nullable(),
    duration_ms: model.number().default(0),
  })
  .indexes([{ on: ["session_id"] }, { on: ["created_at"] }])
