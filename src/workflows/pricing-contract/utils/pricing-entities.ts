import type PricingContractModuleService from "../../../modules/pricing-contract/service"

/** Entities editable through the admin pricing API: URL path → the service's entity name. */
export const PRICING_ENTITIES = {
  "price-types": "PcPriceTypes",
  agreements: "PcAgreements",
  "price-lists": "PcPriceLists",
  "price-rules": "PcPriceRules",
  "regional-price-types": "PcRegionalPriceTypes",
  "mass-rules": "PcMassRules",
  "cart-total-rules": "PcCartTotalRules",
  "exchange-rates": "PcExchangeRates",
  settings: "PcSettings",
} as const
export type PricingEntityPath = keyof typeof PRICING_ENTITIES

export type PricingRow = { id: string } & Record<string, unknown>

/** The service's own row methods of one entity, with the rows as the admin API validated them. */
export type PricingRowMethods = {
  create(rows: Record<string, unknown>[]): Promise<PricingRow[]>
  list(ids: string[]): Promise<PricingRow[]>
  listAndCount(
    filters: Record<string, unknown>,
    config: ListConfig
  ): Promise<[PricingRow[], number]>
  update(rows: PricingRow[]): Promise<PricingRow[]>
  softDelete(ids: string[]): Promise<void>
  restore(ids: string[]): Promise<void>
  delete(ids: string[]): Promise<void>
}

type Svc = PricingContractModuleService
type ListConfig = { skip?: number; take?: number | null; order?: Record<string, "ASC" | "DESC"> }

/**
 * The row methods of each entity, called by their own names (typed and greppable, no lookup by a
 * string). The rows were validated by the route's zod schema of that entity; their static type is
 * the generic row, hence one conversion here (`rows as never`) instead of one per caller.
 */
export function pricingRows(s: Svc, path: PricingEntityPath): PricingRowMethods {
  const of = (m: {
    create: (rows: never) => Promise<unknown>
    list: (filter: { id: string[] }, config: { take: null }) => Promise<unknown>
    listAndCount: (filters: never, config: ListConfig) => Promise<[unknown[], number]>
    update: (rows: never) => Promise<unknown>
    softDelete: (ids: string[]) => Promise<unknown>
    restore: (ids: string[]) => Promise<unknown>
    delete: (ids: string[]) => Promise<unknown>
  }): PricingRowMethods => ({
    create: async (rows) => (await m.create(rows as never)) as PricingRow[],
    list: async (ids) => (await m.list({ id: ids }, { take: null })) as PricingRow[],
    listAndCount: async (filters, config) =>
      (await m.listAndCount(filters as never, config)) as [PricingRow[], number],
    update: async (rows) => (await m.update(rows as never)) as PricingRow[],
    softDelete: async (ids) => void (await m.softDelete(ids)),
    restore: async (ids) => void (await m.restore(ids)),
    delete: async (ids) => void (await m.delete(ids)),
  })
  switch (path) {
    case "price-types":
      return of({
        create: (r) => s.createPcPriceTypes(r),
        list: (f, c) => s.listPcPriceTypes(f, c),
        listAndCount: (f, c) => s.listAndCountPcPriceTypes(f, c),
        update: (r) => s.updatePcPriceTypes(r),
        softDelete: (ids) => s.softDeletePcPriceTypes(ids),
        restore: (ids) => s.restorePcPriceTypes(ids),
        delete: (ids) => s.deletePcPriceTypes(ids),
      })
    case "agreements":
      return of({
        create: (r) => s.createPcAgreements(r),
        list: (f, c) => s.listPcAgreements(f, c),
        listAndCount: (f, c) => s.listAndCountPcAgreements(f, c),
        update: (r) => s.updatePcAgreements(r),
        softDelete: (ids) => s.softDeletePcAgreements(ids),
        restore: (ids) => s.restorePcAgreements(ids),
        delete: (ids) => s.deletePcAgreements(ids),
      })
    case "price-lists":
      return of({
        create: (r) => s.createPcPriceLists(r),
        list: (f, c) => s.listPcPriceLists(f, c),
        listAndCount: (f, c) => s.listAndCountPcPriceLists(f, c),
        update: (r) => s.updatePcPriceLists(r),
        softDelete: (ids) => s.softDeletePcPriceLists(ids),
        restore: (ids) => s.restorePcPriceLists(ids),
        delete: (ids) => s.deletePcPriceLists(ids),
      })
    case "price-rules":
      return of({
        create: (r) => s.createPcPriceRules(r),
        list: (f, c) => s.listPcPriceRules(f, c),
        listAndCount: (f, c) => s.listAndCountPcPriceRules(f, c),
        update: (r) => s.updatePcPriceRules(r),
        softDelete: (ids) => s.softDeletePcPriceRules(ids),
        restore: (ids) => s.restorePcPriceRules(ids),
        delete: (ids) => s.deletePcPriceRules(ids),
      })
    case "regional-price-types":
      return of({
        create: (r) => s.createPcRegionalPriceTypes(r),
        list: (f, c) => s.listPcRegionalPriceTypes(f, c),
        listAndCount: (f, c) => s.listAndCountPcRegionalPriceTypes(f, c),
        update: (r) => s.updatePcRegionalPriceTypes(r),
        softDelete: (ids) => s.softDeletePcRegionalPriceTypes(ids),
        restore: (ids) => s.restorePcRegionalPriceTypes(ids),
        delete: (ids) => s.deletePcRegionalPriceTypes(ids),
      })
    case "mass-rules":
      return of({
        create: (r) => s.createPcMassRules(r),
        list: (f, c) => s.listPcMassRules(f, c),
        listAndCount: (f, c) => s.listAndCountPcMassRules(f, c),
        update: (r) => s.updatePcMassRules(r),
        softDelete: (ids) => s.softDeletePcMassRules(ids),
        restore: (ids) => s.restorePcMassRules(ids),
        delete: (ids) => s.deletePcMassRules(ids),
      })
    case "cart-total-rules":
      return of({
        create: (r) => s.createPcCartTotalRules(r),
        list: (f, c) => s.listPcCartTotalRules(f, c),
        listAndCount: (f, c) => s.listAndCountPcCartTotalRules(f, c),
        update: (r) => s.updatePcCartTotalRules(r),
        softDelete: (ids) => s.softDeletePcCartTotalRules(ids),
        restore: (ids) => s.restorePcCartTotalRules(ids),
        delete: (ids) => s.deletePcCartTotalRules(ids),
      })
    case "exchange-rates":
      return of({
        create: (r) => s.createPcExchangeRates(r),
        list: (f, c) => s.listPcExchangeRates(f, c),
        listAndCount: (f, c) => s.listAndCountPcExchangeRates(f, c),
        update: (r) => s.updatePcExchangeRates(r),
        softDelete: (ids) => s.softDeletePcExchangeRates(ids),
        restore: (ids) => s.restorePcExchangeRates(ids),
        delete: (ids) => s.deletePcExchangeRates(ids),
      })
    case "settings":
      return of({
        create: (r) => s.createPcSettings(r),
        list: (f, c) => s.listPcSettings(f, c),
        listAndCount: (f, c) => s.listAndCountPcSettings(f, c),
        update: (r) => s.updatePcSettings(r),
        softDelete: (ids) => s.softDeletePcSettings(ids),
        restore: (ids) => s.restorePcSettings(ids),
        delete: (ids) => s.deletePcSettings(ids),
      })
  }
}
