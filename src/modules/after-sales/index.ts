import { Module } from "@medusajs/framework/utils"
import AfterSalesModuleService from "./service"

export const AFTER_SALES_MODULE = "after_sales"

export default Module(AFTER_SALES_MODULE, { service: AfterSalesModuleService })

export { REQUEST_STATUSES, REQUEST_TYPES, REQUESTED_DOCUMENT_TYPES } from "./models"
export * from "./rules"
export * from "./events"
export * from "./views"
