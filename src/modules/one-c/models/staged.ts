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
  // not partial (`where: null`): staged rows are only ever hard-deleted, and a partial index is skipped by
  // every query that does not repeat `deleted_at is null` (uploads and cleanup used to scan the whole table)
  .indexes([{ on: ["session_id", "filename", "seq"], unique: true, where: null }])
