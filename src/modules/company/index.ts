import { Module } from "@medusajs/framework/utils"
import pooledRandomLoader from "./loaders/pooled-random"
import CompanyModuleService from "./service"

export const COMPANY_MODULE = "company"

export default Module(COMPANY_MODULE, {
  service: CompanyModuleService,
  // the plugin's foundation module: what the whole process needs is installed here, once
  loaders: [pooledRandomLoader],
})

export * from "./permissions"
export type { ActingContext, ActingMembership } from "./service"
export { hashInvitationToken, newInvitationToken } from "./service"
