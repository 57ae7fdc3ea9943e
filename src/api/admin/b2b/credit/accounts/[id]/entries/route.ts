import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { recordLedgerEntriesWorkflow } from "../../../../../../../workflows/credit/workflows/record-ledger-entries"
import type { CreateLedgerEntries } from "../../../validators"
import { COMPANY_MODULE } from "../../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../../modules/company/service"
import { accountInScope, creditService } from "../../../../../../utils/credit"
import { assertReferencesExist } from "../../../../../../validation/references"
import type {
  AdminLedgerEntriesCreatedResponse,
  AdminLedgerEntryListResponse,
} from "../../../../../../../types/credit/http"
import type { JsonOf } from "../../../../../../../types/common/http"

/** GET /admin/b2b/credit/accounts/:id/entries: the settlements ledger (?limit, ?offset). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminLedgerEntryListResponse>>
) {
  const account = await accountInScope(req, req.params.id)
  const limit = Math.min(Number(req.query.limit ?? 100) || 100, 1000)
  const offset = Number(req.query.offset ?? 0) || 0
  const { rows, count } = await creditService(req).ledgerRows(
    { account_id: account.id },
    { limit, offset }
  )
  res.json({ entries: rows, count, limit, offset })
}

/**
 * POST /admin/b2b/credit/accounts/:id/entries: payments, invoices, shipments, adjustments entered
 * by a manager (until 1C sends them). Entries of a holding account name their legal entity.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateLedgerEntries>,
  res: MedusaResponse<JsonOf<AdminLedgerEntriesCreatedResponse>>
) {
  const account = await accountInScope(req, req.params.id)
  const entries = req.validatedBody.entries
  await assertReferencesExist(req.scope, [
    ...entries.map((e, i) => ({
      field: `entries[${i}].legal_entity_id`,
      entity: "b2b_legal_entity",
      id: e.legal_entity_id,
    })),
    ...entries.map((e, i) => ({
      field: `entries[${i}].order_id`,
      entity: "order",
      id: e.order_id,
    })),
  ])
  if (account.holding_id) {
    const ids = [...new Set(entries.map((e) => e.legal_entity_id).filter(Boolean))] as string[]
    const members = ids.length
      ? await req.scope
          .resolve<CompanyModuleService>(COMPANY_MODULE)
          .listB2bLegalEntities({ id: ids, holding_id: account.holding_id })
      : []
    entries.forEach((e, i) => {
      if (!e.legal_entity_id || !members.some((m) => m.id === e.legal_entity_id)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `entries[${i}].legal_entity_id: a legal entity of holding ${account.holding_id} is required`
        )
      }
    })
  } else {
    entries.forEach((e, i) => {
      if (e.legal_entity_id && e.legal_entity_id !== account.legal_entity_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `entries[${i}].legal_entity_id: this account belongs to ${account.legal_entity_id}`
        )
      }
    })
  }
  const { result } = await recordLedgerEntriesWorkflow(req.scope).run({
    input: {
      entries: entries.map((e) => ({
        ...e,
        account_id: account.id,
        source: "manager" as const,
        created_by: req.auth_context.actor_id,
      })),
    },
  })
  res
    .status(201)
    .json({ entries: result.entries, position: await creditService(req).positionOf(account.id) })
}
