import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CREDIT_MODULE } from "../../../../modules/credit"
import type CreditModuleService from "../../../../modules/credit/service"
import { createCreditAccountWorkflow } from "../../../../workflows/credit/workflows/create-credit-account"
import { updateCreditAccountWorkflow } from "../../../../workflows/credit/workflows/update-credit-account"
import type { OneCCreditLimits } from "../validators"
import { resolveCounterparty } from "../../../utils/one-c-api"
import type { OneCUpsertCountsResponse } from "../../../../types/one-c/http"

/** POST /1c/api/credit-limits: credit limits and payment terms per counterparty (account created when new). */
export async function POST(
  req: MedusaRequest<OneCCreditLimits>,
  res: MedusaResponse<OneCUpsertCountsResponse>
) {
  const credit = req.scope.resolve<CreditModuleService>(CREDIT_MODULE)
  const actor = { actor_type: "user" as const, actor_id: "1c" }
  let created = 0
  let updated = 0
  for (const [i, l] of req.validatedBody.limits.entries()) {
    const le = await resolveCounterparty(req, l.counterparty, `limits[${i}].counterparty`)
    const { counterparty: _c, ...data } = l
    const [acc] = await credit.listCreditAccounts({ legal_entity_id: le.id }, { take: 1 })
    if (acc) {
      await updateCreditAccountWorkflow(req.scope).run({
        input: { id: acc.id, data: data, actor },
      })
      updated++
    } else {
      await createCreditAccountWorkflow(req.scope).run({
        input: { data: { ...data, legal_entity_id: le.id }, actor },
      })
      created++
    }
  }
  res.json({ created, updated })
}
