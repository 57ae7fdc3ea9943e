import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRICING_CONTRACT_MODULE } from "../../../../../modules/pricing-contract"
import {
  PRICING_ENTITIES,
  pricingWorkflows,
  type PricingEntityPath,
} from "../../../../../workflows/pricing-contract"
import { pricingCreateSchema } from "../validators"
import { parseOrThrow } from "../../../../utils/zod-error"
import { checkPricingReferences } from "./references"
import { assertNewPricingRowInScope, pricingListFilter } from "./scope"
import type {
  AdminPricingCreateResponse,
  AdminPricingListResponse,
} from "../../../../../types/pricing/http"
import type { JsonOf } from "../../../../../types/common/http"

export function entityOf(req: AuthenticatedMedusaRequest): PricingEntityPath {
  const e = req.params.entity as PricingEntityPath
  if (!(e in PRICING_ENTITIES))
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Unknown pricing entity "${req.params.entity}"`
    )
  return e
}

/** GET /admin/b2b/pricing/:entity?limit&offset&<field>=<value>: list (filters on simple fields). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminPricingListResponse>>
) {
  const e = entityOf(req)
  const svc =
    req.scope.resolve<Record<string, (...a: any[]) => Promise<any>>>(PRICING_CONTRACT_MODULE)
  const limit = Math.min(Number(req.query.limit ?? 100) || 100, 1000)
  const offset = Number(req.query.offset ?? 0) || 0
  const filters: Record<string, unknown> = {}
  for (const k of [
    "legal_entity_id",
    "holding_id",
    "agreement_id",
    "price_list_id",
    "price_type_id",
    "currency_code",
    "region_code",
    "target_type",
    "target_id",
    "date",
  ]) {
    if (typeof req.query[k] === "string") filters[k] = req.query[k]
  }
  Object.assign(filters, (await pricingListFilter(req, e)) ?? {})
  const [rows, count] = await svc[`listAndCount${PRICING_ENTITIES[e]}`](filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  res.json({ [e.replace(/-/g, "_")]: rows, count, limit, offset })
}

/** POST /admin/b2b/pricing/:entity: create one row (validated per entity, references checked). */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminPricingCreateResponse>>
) {
  const e = entityOf(req)
  if (e === "settings")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Settings exist once; update them with POST /admin/b2b/pricing/settings/:id"
    )
  const body = parseOrThrow(pricingCreateSchema(e), req.body)
  await checkPricingReferences(req.scope, body)
  await assertNewPricingRowInScope(req, e, body)
  const { result } = await pricingWorkflows[e].create(req.scope).run({ input: { rows: [body] } })
  res.status(201).json({ [e.replace(/-/g, "_").replace(/s$/, "")]: result[0] })
}
