import { model } from "@medusajs/framework/utils"

/**
 * Staff scoping: which admin users serve which holdings/legal entities. A `manager` or `assistant`
 * sees only assigned companies; a user listed with kind `executive` (no target) sees all.
 */
export const ManagerAssignment = model
  .define("b2b_manager_assignment", {
    id: model.id({ prefix: "bmgr" }).primaryKey(),
    user_id: model.text(),
    kind: model.enum(["manager", "assistant", "executive"]).default("manager"),
    holding_id: model.text().nullable(),
    legal_entity_id: model.text().nullable(),
  })
  .indexes([
    { on: ["user_id"] },
    { on: ["legal_entity_id"] },
    { on: ["holding_id"] },
    {
      on: ["user_id", "kind", "holding_id", "legal_entity_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
