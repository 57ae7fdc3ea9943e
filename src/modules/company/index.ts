import { Module } from "@medusajs/framework/utils"
import CompanyModuleService from "./service"

export const COMPANY_MODULE = "company"

export default Module(COMPANY_MODULE, {
  service: CompanyModuleService,
})

export * from "./permissions"
export type { ActingContext, ActingMembership } from "./service"
export { hashInvitationToken, newInvitationToken } from "./service"
export * from "./ru-requisites"
export * from "./events"
