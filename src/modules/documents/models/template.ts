import { model } from "@medusajs/framework/utils"

/**
 * A document template edited by administrators: Handlebars HTML + CSS. Saving creates a new version;
 * the active version of a (type, locale) is used, the built-in default when there is none.
 */
export const DocumentTemplate = model
  .define("doc_template", {
    id: model.id({ prefix: "dtpl" }).primaryKey(),
    type: model.text(),
    locale: model.text().default("ru"),
    name: model.text(),
    body: model.text(),
    css: model.text().default(""),
    version: model.number().default(1),
    is_active: model.boolean().default(true),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["type", "locale", "version"], unique: true, where: "deleted_at IS NULL" }])
