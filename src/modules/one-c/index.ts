import { Module } from "@medusajs/framework/utils"
import heapLimitLoader from "./loaders/heap-limit"
import OneCModuleService from "./service"

export const ONE_C_MODULE = "one_c"

export default Module(ONE_C_MODULE, { service: OneCModuleService, loaders: [heapLimitLoader] })

// the connector's pure rules (CommerceML reading and parsing, the exchange protocol, XML building)
export * from "./lib/xml-node"
export * from "./lib/reader"
export * from "./lib/catalog"
export * from "./lib/characteristics"
export * from "./lib/protocol"
export * from "./lib/orders-xml"
export * from "./lib/zip"
export type { OneCSession, OneCFileState } from "./service"
