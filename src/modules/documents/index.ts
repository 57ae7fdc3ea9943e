import { Module } from "@medusajs/framework/utils"
import documentsSettingsLoader from "./loaders/settings"
import DocumentsModuleService from "./service"

export const DOCUMENTS_MODULE = "documents"

export default Module(DOCUMENTS_MODULE, {
  service: DocumentsModuleService,
  loaders: [documentsSettingsLoader],
})

export { DOCUMENT_TYPES } from "./models/document"
export * from "./lib/types"
export * from "./lib/totals"
export { amountInWordsRu } from "./lib/amount-in-words"
export { templateSyntaxError, type DocumentTemplate } from "./lib/templates"
export { DEFAULT_TEMPLATES, defaultTemplate, type DocumentType } from "./lib/defaults"
export * from "./lib/defaults/samples"
export * from "./events"
export * from "./views"
