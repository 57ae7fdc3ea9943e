import { model } from "@medusajs/framework/utils"
import { LegalEntity } from "./legal-entity"

/**
 * A person (Medusa customer) working for a legal entity with a role. One customer may be an
 * employee of several legal entities; exactly one of those memberships is marked default.
 */
export const Employee = model
  .define("b2b_employee", {
    id: model.id({ prefix: "emp" }).primaryKey(),
    customer_id: model.text(),
    role_id: model.text(),
    is_default: model.boolean().default(false),
    status: model.enum(["active", "disabled"]).default("active"),
    position: model.text().nullable(),
    legal_entity: model.belongsTo(() => LegalEntity, { mappedBy: "employees" }),
  })
  .indexes([
    { on: ["customer_id", "legal_entity_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"] },
  ])
