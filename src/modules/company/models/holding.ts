import { model } from "@medusajs/framework/utils"
import { LegalEntity } from "./legal-entity"

/** A group of legal entities under one owner (холдинг). */
export const Holding = model
  .define("b2b_holding", {
    id: model.id({ prefix: "hold" }).primaryKey(),
    name: model.text().searchable(),
    one_c_id: model.text().nullable(),
    comment: model.text().nullable(),
    metadata: model.json().nullable(),
    legal_entities: model.hasMany(() => LegalEntity, { mappedBy: "holding" }),
  })
  .indexes([
    { on: ["one_c_id"], unique: true, where: "deleted_at IS NULL AND one_c_id IS NOT NULL" },
  ])
