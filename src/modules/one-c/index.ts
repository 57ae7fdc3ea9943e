import { Module } from "@medusajs/framework/utils"
import heapLimitLoader from "./loaders/heap-limit"
import OneCModuleService from "./service"

export const ONE_C_MODULE = "one_c"

export default Module(ONE_C_MODULE, { service: OneCModuleService, loaders: [heapLimitLoader] })
