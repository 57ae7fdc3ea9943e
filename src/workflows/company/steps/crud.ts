import { COMPANY_MODULE } from "../../../modules/company"
import { createRowsStep, softDeleteRowsStep, updateRowsStep } from "../../common/steps/crud"

/** Entities of the company module, named as MedusaService names its methods (createB2bLegalEntities…). */
export type CompanyEntity =
  | "B2bHoldings"
  | "B2bLegalEntities"
  | "B2bRoles"
  | "B2bEmployees"
  | "B2bInvitations"
  | "B2bRegistrationRequests"
  | "B2bManagerAssignments"
  | "B2bSellerOrganizations"
  | "B2bConsents"
  | "B2bRequisitesChanges"

export const createCompanyRowsStep = <I extends Record<string, unknown>>(entity: CompanyEntity) =>
  createRowsStep<I>(COMPANY_MODULE, entity)
export const updateCompanyRowsStep = <I extends { id: string } & Record<string, unknown>>(
  entity: CompanyEntity
) => updateRowsStep<I>(COMPANY_MODULE, entity)
export const softDeleteCompanyRowsStep = (entity: CompanyEntity) =>
  softDeleteRowsStep(COMPANY_MODULE, entity)
