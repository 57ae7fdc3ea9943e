import { model } from "@medusajs/framework/utils"

/**
 * 1C id ↔ portal id, per kind (group, property, price_type, warehouse, product, variant,
 * counterparty), with the hash of what was last applied: an unchanged object is skipped.
 */
export const Mapping = model
  .define("onec_mapping", {
    id: model.id({ prefix: "onecm" }).primaryKey(),
    kind: model.text(),
    external_id: model.text(),
    internal_id: model.text(),
    parent_internal_id: model.text().nullable(),
    hash: model.text().nullable(),
    data: model.json().nullable(),
    last_session_id: model.text().nullable(),
  })
  .indexes([
    { on: ["kind", "external_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["kind", "internal_id"] },
    { on: ["kind", "last_session_id"] },
  ])
