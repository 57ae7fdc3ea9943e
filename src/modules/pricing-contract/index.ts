import { Module } from "@medusajs/framework/utils"
import PricingContractModuleService from "./service"

export const PRICING_CONTRACT_MODULE = "pricing_contract"

export default Module(PRICING_CONTRACT_MODULE, { service: PricingContractModuleService })

export * from "./engine/engine"
export * from "./engine/types"
export * from "./engine/catalog-index"
export { formatScaled, parseScaled } from "./engine/fixed"
export type { PricingContext } from "./service"
export * from "./events"
