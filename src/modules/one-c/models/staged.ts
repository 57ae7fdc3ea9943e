import { model } from "@medusajs/framework/utils"

/** An object read from an uploaded file, waiting to be applied in batches. */
export const StagedObject = model
  .define("onec_staged", {
    id: model.id({ prefix: "onecst" }).primaryKey(),
    session_id: model.text(),
    filename: model.text(),
    seq: model.number(),
    kind: model.text(),
    payload: model.json(),
  })
  .indexes([{ on: ["session_id", "filename", "seq"], unique: true, where: "deleted_at IS NULL" }])
