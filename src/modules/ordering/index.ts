import { Module } from "@medusajs/framework/utils"
import OrderingModuleService from "./service"

export const ORDERING_MODULE = "ordering"

export default Module(ORDERING_MODULE, { service: OrderingModuleService })

export * from "./rules"
export * from "./order-statuses"
export * from "./shipments"
export * from "./split"
export * from "./events"
