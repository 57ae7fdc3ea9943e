import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRICING_CONTRACT_MODULE } from "../../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../../modules/pricing-contract/service"
import type { OneCAgreements } from "../validators"
import { pricingWorkflows } from "../../../../workflows/pricing-contract"
import { resolveCounterparty } from "../../../utils/one-c-api"
import type { OneCUpsertCountsResponse } from "../../../../types/one-c/http"

/** POST /1c/api/agreements: agreements (contracts) and their price types, upserted by 1C id. */
export async function POST(
  req: MedusaRequest<OneCAgreements>,
  res: MedusaResponse<OneCUpsertCountsResponse>
) {
  const pricing = req.scope.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  const rows = req.validatedBody.agreements
  const types = await pricing.listPcPriceTypes(
    { one_c_id: rows.map((r) => r.price_type_one_c_id) },
    { take: null }
  )
  const existing = await pricing.listPcAgreements(
    { one_c_id: rows.map((r) => r.one_c_id) },
    { take: null }
  )
  const creates: Record<string, unknown>[] = []
  const updates: ({ id: string } & Record<string, unknown>)[] = []
  for (const [i, a] of rows.entries()) {
    const le = await resolveCounterparty(req, a.counterparty, `agreements[${i}].counterparty`)
    const pt = types.find((t: any) => t.one_c_id === a.price_type_one_c_id)
    if (!pt)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `agreements[${i}].price_type_one_c_id: price type ${a.price_type_one_c_id} was not imported from 1C yet`
      )
    const row = {
      number: a.number,
      legal_entity_id: le.id,
      price_type_id: pt.id,
      currency_code: a.currency_code,
      valid_from: a.valid_from ?? null,
      valid_to: a.valid_to ?? null,
      payment_terms_days: a.payment_terms_days,
      status: a.status,
      one_c_id: a.one_c_id,
    }
    const cur = existing.find((e: any) => e.one_c_id === a.one_c_id)
    cur ? updates.push({ id: cur.id, ...row }) : creates.push(row)
  }
  if (creates.length)
    await pricingWorkflows.agreements.create(req.scope).run({ input: { rows: creates } })
  if (updates.length)
    await pricingWorkflows.agreements.update(req.scope).run({ input: { rows: updates } })
  res.json({ created: creates.length, updated: updates.length })
}
