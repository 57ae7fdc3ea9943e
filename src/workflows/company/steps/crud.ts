import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

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

type Row = { id: string } & Record<string, unknown>
type Dyn = Record<string, (...args: any[]) => Promise<any>>

/** One step definition per (kind, entity): workflows share them instead of redefining the same id. */
const memo = new Map<string, unknown>()
function once<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make())
  return memo.get(key) as T
}

const svc = (container: { resolve: <T>(k: string) => T }) =>
  container.resolve<CompanyModuleService>(COMPANY_MODULE) as unknown as Dyn

/** A step creating rows of one entity; compensation deletes exactly what it created. */
export function createCompanyRowsStep<I extends Record<string, unknown>>(entity: CompanyEntity) {
  return once(`create-${entity}`, () => createStep(
    `b2b-create-${entity}`,
    async (rows: I[], { container }) => {
      const created = (await svc(container)[`create${entity}`](rows)) as Row[]
      return new StepResponse(created, created.map((r) => r.id))
    },
    async (ids, { container }) => {
      if (ids?.length) await svc(container)[`delete${entity}`](ids)
    }
  ))
}

/**
 * A step updating rows of one entity (each row carries its id); compensation writes back the
 * previous values of exactly the fields it changed.
 */
export function updateCompanyRowsStep<I extends { id: string } & Record<string, unknown>>(entity: CompanyEntity) {
  return once(`update-${entity}`, () => createStep(
    `b2b-update-${entity}`,
    async (rows: I[], { container }) => {
      const service = svc(container)
      const ids = rows.map((r) => r.id)
      const before = (await service[`list${entity}`]({ id: ids }, { take: null })) as Row[]
      const byId = new Map(before.map((b) => [b.id, b]))
      const previous = rows.map((r) => {
        const old = byId.get(r.id) ?? {}
        const prev: Row = { id: r.id }
        for (const k of Object.keys(r)) if (k !== "id") prev[k] = (old as Row)[k] ?? null
        return prev
      })
      const updated = (await service[`update${entity}`](rows)) as Row[]
      return new StepResponse(updated, previous)
    },
    async (previous, { container }) => {
      if (previous?.length) await svc(container)[`update${entity}`](previous)
    }
  ))
}

/** A step soft-deleting rows; compensation restores them. */
export function softDeleteCompanyRowsStep(entity: CompanyEntity) {
  return once(`delete-${entity}`, () => createStep(
    `b2b-soft-delete-${entity}`,
    async (ids: string[], { container }) => {
      await svc(container)[`softDelete${entity}`](ids)
      return new StepResponse(ids, ids)
    },
    async (ids, { container }) => {
      if (ids?.length) await svc(container)[`restore${entity}`](ids)
    }
  ))
}
