import { model } from "@medusajs/framework/utils"
import { Holding } from "./holding"
import { Employee } from "./employee"

/** A buyer's legal entity = counterparty (контрагент): what prices, credit, orders and documents belong to. */
export const LegalEntity = model
  .define("b2b_legal_entity", {
    id: model.id({ prefix: "le" }).primaryKey(),
    name: model.text().searchable(),
    full_name: model.text().nullable(),
    inn: model.text().searchable(),
    kpp: model.text().nullable(),
    ogrn: model.text().nullable(),
    legal_address: model.text().nullable(),
    actual_address: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    one_c_id: model.text().nullable(),
    status: model.enum(["active", "blocked"]).default("active"),
    blocked_reason: model.text().nullable(),
    seller_organization_id: model.text().nullable(),
    /** Sales region (e.g. "central", "northwest"): regional price types and assortment. */
    region_code: model.text().nullable(),
    metadata: model.json().nullable(),
    holding: model.belongsTo(() => Holding, { mappedBy: "legal_entities" }).nullable(),
    employees: model.hasMany(() => Employee, { mappedBy: "legal_entity" }),
  })
  .indexes([
    { on: ["inn", "kpp"], unique: true, where: "deleted_at IS NULL" },
    { on: ["one_c_id"], unique: true, where: "deleted_at IS NULL AND one_c_id IS NOT NULL" },
  ])
