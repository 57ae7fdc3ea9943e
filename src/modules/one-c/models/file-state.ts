import { model } from "@medusajs/framework/utils"

/**
 * Where the import of one uploaded file stands: staged = objects read from the XML into the
 * staging table so far; applied_seq = last staged object written to the catalog. The next
 * `import` call (maybe on another instance) continues from here.
 */
export const FileState = model
  .define("onec_file_state", {
    id: model.id({ prefix: "onecf" }).primaryKey(),
    session_id: model.text(),
    filename: model.text(),
    phase: model.enum(["stage", "apply", "done", "failed"]).default("stage"),
    staged: model.number().default(0),
    read_done: model.boolean().default(false),
    // where the next call goes on reading (byte offset + open elements), so a 240 MB file is not
    // parsed again from its start at every call; null: re-read from the start skipping `staged`
    read_cursor: model.json().nullable(),
    applied_seq: model.number().default(0),
    only_changes: model.boolean().default(false),
    counts: model.json().nullable(),
    error: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["session_id", "filename"], unique: true, where: "deleted_at IS NULL" }])
