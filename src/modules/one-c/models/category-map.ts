import { model } from "@medusajs/framework/utils"

/** Manual mapping of a 1C group to portal categories (many-to-many); unmapped groups get their own category. */
export const CategoryMap = model
  .define("onec_category_map", {
    id: model.id({ prefix: "onecc" }).primaryKey(),
    group_external_id: model.text(),
    category_id: model.text(),
  })
  .indexes([
    { on: ["group_external_id", "category_id"], unique: true, where: "deleted_at IS NULL" },
  ])
