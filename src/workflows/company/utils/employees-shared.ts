import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const company = (c: { resolve: <T>(k: string) => T }) =>
  c.resolve<CompanyModuleService>(COMPANY_MODULE)
