import { Module } from "@medusajs/framework/utils"
import OneCModuleService from "./service"

export const ONE_C_MODULE = "one_c"

export default Module(ONE_C_MODULE, { service: OneCModuleService })
