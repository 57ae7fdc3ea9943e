import { Module } from "@medusajs/framework/utils"
import documentsSettingsLoader from "./loaders/settings"
import DocumentsModuleService from "./service"

export const DOCUMENTS_MODULE = "documents"

export default Module(DOCUMENTS_MODULE, {
  service: DocumentsModuleService,
  loaders: [documentsSettingsLoader],
})

export { DOCUMENT_TYPES } from "./models/document"
