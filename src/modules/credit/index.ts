import { Module } from "@medusajs/framework/utils"
import CreditModuleService from "./service"

export const CREDIT_MODULE = "credit"

export default Module(CREDIT_MODULE, { service: CreditModuleService })

export * from "./position"
export type { ReserveInput, ReserveResult } from "./service"
export * from "./events"
export * from "./views"
