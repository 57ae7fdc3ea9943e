import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CREDIT_MODULE } from "../../../../modules/credit"
import type CreditModuleService from "../../../../modules/credit/service"
import { recordLedgerEntriesWorkflow } from "../../../../workflows/credit/workflows/record-ledger-entries"
import type { OneCSettlements } from "../validators"
import { resolveCounterparty } from "../../../utils/one-c-api"
import type { OneCSettlementsResponse } from "../../../../types/one-c/http"

/**
 * POST /1c/api/settlements: debts and payments from 1C (invoices, shipments, payments, opening
 * balances). Idempotent by external_id: re-sending the same documents adds nothing.
 */
export async function POST(
  req: MedusaRequest<OneCSettlements>,
  res: MedusaResponse<OneCSettlementsResponse>
) {
  const credit = req.scope.resolve<CreditModuleService>(CREDIT_MODULE)
  const entries = []
  for (const [i, e] of req.validatedBody.entries.entries()) {
    const le = await resolveCounterparty(req, e.counterparty, `entries[${i}].counterparty`)
    const account = await credit.accountFor(le.id, le.holding_id)
    if (!account)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `entries[${i}].counterparty: ${le.name} has no credit account; send its limit first (/1c/api/credit-limits)`
      )
    const { counterparty: _c, ...rest } = e
    entries.push({
      ...rest,
      account_id: account.id,
      legal_entity_id: le.id,
      document_date: e.document_date.toISOString(),
      due_date: e.due_date ? e.due_date.toISOString() : null,
      source: "one_c" as const,
    })
  }
  const { result } = await recordLedgerEntriesWorkflow(req.scope).run({ input: { entries } })
  res.json({
    received: entries.length,
    recorded: result.entries.length,
    skipped_known: entries.length - result.entries.length,
  })
}
