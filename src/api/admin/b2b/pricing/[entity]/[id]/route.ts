import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRICING_CONTRACT_MODULE } from "../../../../../../modules/pricing-contract"
import { PRICING_ENTITIES, pricingWorkflows } from "../../../../../../workflows/pricing-contract"
import { pricingUpdateSchema } from "../../validators"
import { parseOrThrow } from "../../../../../utils/zod-error"
import { entityOf } from "../route"
import { checkPricingReferences } from "../references"
import { assertNewPricingRowInScope, assertPricingRowInScope } from "../scope"
import type {
  AdminPricingDeleteResponse,
  AdminPricingItemResponse,
} from "../../../../../../types/pricing/http"
import type { JsonOf } from "../../../../../../types/common/http"

async function load(req: AuthenticatedMedusaRequest, write = false) {
  const e = entityOf(req)
  const svc =
    req.scope.resolve<Record<string, (...a: any[]) => Promise<any>>>(PRICING_CONTRACT_MODULE)
  const [row] = await svc[`list${PRICING_ENTITIES[e]}`]({ id: req.params.id })
  if (!row)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${e} ${req.params.id} was not found`)
  await assertPricingRowInScope(req, e, row, write)
  return { e, row }
}

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminPricingItemResponse>>
) {
  const { row } = await load(req)
  res.json({ item: row })
}

export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminPricingItemResponse>>
) {
  const { e, row } = await load(req, true)
  const body = parseOrThrow(pricingUpdateSchema(e), req.body)
  await checkPricingReferences(req.scope, body)
  await assertNewPricingRowInScope(req, e, { ...row, ...body }) // not moved to another manager's client
  const { result } = await pricingWorkflows[e]
    .update(req.scope)
    .run({ input: { rows: [{ id: row.id, ...body }] } })
  res.json({ item: result[0] })
}

export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPricingDeleteResponse>
) {
  const { e, row } = await load(req, true)
  if (e === "settings")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Settings cannot be deleted")
  await pricingWorkflows[e].remove(req.scope).run({ input: { ids: [row.id] } })
  res.json({ id: row.id, deleted: true })
}
