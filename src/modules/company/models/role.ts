import type { InferTypeOf } from "@medusajs/framework/types"
import { model } from "@medusajs/framework/utils"

/**
 * A role inside a buyer company. Built-in roles (owner, buyer, accountant, viewer) have no
 * legal_entity_id; custom roles belong to one legal entity (and are usable only there).
 */
export const Role = model
  .define("b2b_role", {
    id: model.id({ prefix: "role" }).primaryKey(),
    code: model.text(),
    name: model.text(),
    permissions: model.json(),
    is_builtin: model.boolean().default(false),
    legal_entity_id: model.text().nullable(),
  })
  .indexes([{ on: ["legal_entity_id", "code"], unique: true, where: "deleted_at IS NULL" }])

/** a role row with its json permissions typed (permission codes) */
export type RoleRow = Omit<InferTypeOf<typeof Role>, "permissions"> & { permissions: string[] }
