import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRICING_CONTRACT_MODULE } from "../../../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../../../modules/pricing-contract/service"
import type { PricingEntityPath } from "../../../../../workflows/pricing-contract"
import { managerScope, type ManagerScope } from "../../../../utils/admin-scope"

type Row = Record<string, any>
type Owner = { legal_entity_id: string | null; holding_id: string | null } | null

/**
 * Whose a pricing row is: agreements, price lists, their rules, mass rules and cart-total rules may belong to
 * a counterparty or a holding (a price list through its agreement, a rule through its list); price types,
 * regional types, exchange rates and settings belong to nobody (null: the distributor's own, global).
 */
async function ownerOf(
  svc: PricingContractModuleService,
  e: PricingEntityPath,
  row: Row
): Promise<Owner> {
  if (e === "price-rules") {
    if (!row.price_list_id) return null
    const [list] = await svc.listPcPriceLists({ id: row.price_list_id })
    return list ? ownerOf(svc, "price-lists", list as Row) : null
  }
  if (e === "price-lists" && !row.legal_entity_id && !row.holding_id && row.agreement_id) {
    const [agreement] = await svc.listPcAgreements({ id: row.agreement_id })
    return agreement ? ownerOf(svc, "agreements", agreement as Row) : null
  }
  if (!["agreements", "price-lists", "mass-rules", "cart-total-rules"].includes(e)) return null
  if (!row.legal_entity_id && !row.holding_id) return null
  return { legal_entity_id: row.legal_entity_id ?? null, holding_id: row.holding_id ?? null }
}

const sees = (scope: ManagerScope, o: NonNullable<Owner>) =>
  scope.all ||
  (!!o.legal_entity_id && scope.legal_entity_ids.includes(o.legal_entity_id)) ||
  (!!o.holding_id && scope.holding_ids.includes(o.holding_id))

const hidden = (e: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${e} ${id} was not found`)
const globalWrite = () =>
  new MedusaError(
    MedusaError.Types.FORBIDDEN,
    "Only an executive changes pricing that belongs to no company (price types, exchange rates, settings, global rules)"
  )

/**
 * A manager reads the global pricing and that of his companies, and writes only his companies' pricing; rows
 * of another manager's clients are 404 (as an unknown id), global rows are written by executives only.
 */
export async function assertPricingRowInScope(
  req: AuthenticatedMedusaRequest,
  e: PricingEntityPath,
  row: Row,
  write: boolean
) {
  const scope = await managerScope(req)
  if (scope.all) return
  const owner = await ownerOf(req.scope.resolve(PRICING_CONTRACT_MODULE), e, row)
  if (!owner) {
    if (write) throw globalWrite()
    return
  }
  if (!sees(scope, owner)) throw hidden(e, row.id ?? "")
}

/** For a new row: whom it will belong to must be one of the manager's companies (or he is an executive). */
export async function assertNewPricingRowInScope(
  req: AuthenticatedMedusaRequest,
  e: PricingEntityPath,
  body: Row
) {
  const scope = await managerScope(req)
  if (scope.all) return
  const owner = await ownerOf(req.scope.resolve(PRICING_CONTRACT_MODULE), e, body)
  if (!owner) throw globalWrite()
  if (!sees(scope, owner)) {
    const [field, id] = owner.legal_entity_id
      ? ["legal_entity_id", owner.legal_entity_id]
      : ["holding_id", owner.holding_id]
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${field}: ${id} was not found`)
  }
}

/** List filter: global rows and those of the manager's companies (null for an executive: no filter). */
export async function pricingListFilter(
  req: AuthenticatedMedusaRequest,
  e: PricingEntityPath
): Promise<Row | null> {
  const scope = await managerScope(req)
  if (scope.all) return null
  const svc = req.scope.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  const mine = [{ legal_entity_id: scope.legal_entity_ids }, { holding_id: scope.holding_ids }]
  const global = { legal_entity_id: null, holding_id: null }
  if (e === "agreements") return { $or: [...mine, global] }
  if (e === "mass-rules" || e === "cart-total-rules")
    return { $or: [{ legal_entity_id: scope.legal_entity_ids }, { legal_entity_id: null }] }
  const agreements = (
    await svc.listPcAgreements({ $or: mine }, { select: ["id"], take: 100_000 })
  ).map((a: Row) => a.id)
  const lists = {
    $or: [...mine, { ...global, agreement_id: null }, { ...global, agreement_id: agreements }],
  }
  if (e === "price-lists") return lists
  if (e === "price-rules") {
    const ids = (await svc.listPcPriceLists(lists, { select: ["id"], take: 100_000 })).map(
      (l: Row) => l.id
    )
    return { price_list_id: ids }
  }
  return null
}
