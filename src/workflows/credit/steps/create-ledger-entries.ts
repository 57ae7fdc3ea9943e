import type { InferTypeOf } from "@medusajs/framework/types"
import type { CreditLedgerEntry } from "../../../modules/credit/models"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"

export type LedgerEntryInput = {
  account_id: string
  legal_entity_id?: string | null
  type: "opening" | "invoice" | "shipment" | "payment" | "adjustment" | "return"
  document_number?: string | null
  document_date: string
  /** Positive for debt-increasing types; payments and returns are stored negative whatever the sign given. */
  amount: string
  due_date?: string | null
  order_id?: string | null
  external_id?: string | null
  source?: "manager" | "one_c" | "portal"
  comment?: string | null
  created_by?: string | null
}

const CREDIT_TYPES = new Set(["payment", "return"])
const DEBIT_TYPES = new Set(["opening", "invoice", "shipment"])

/**
 * Appends ledger entries: signs normalised by type, due dates defaulted from the account's payment
 * terms, entries with a known external_id (1C re-sends) skipped. Compensation deletes what it added.
 */
export const createLedgerEntriesStep = createStep(
  "credit-create-ledger-entries",
  async (entries: LedgerEntryInput[], { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const accounts = await credit.listCreditAccounts(
      { id: [...new Set(entries.map((e) => e.account_id))] },
      { take: null }
    )
    const byId = new Map(accounts.map((a) => [a.id, a]))
    const ext = entries.map((e) => e.external_id).filter(Boolean) as string[]
    const known = new Set(
      ext.length
        ? (
            await credit.listCreditLedgerEntries(
              { external_id: ext },
              { take: null, select: ["external_id"] }
            )
          ).map((e) => e.external_id)
        : []
    )
    const rows = entries
      .filter((e) => !e.external_id || !known.has(e.external_id))
      .map((e, i) => {
        const account = byId.get(e.account_id)
        if (!account)
          throw new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `entries[${i}].account_id: credit account ${e.account_id} was not found`
          )
        const legal = e.legal_entity_id ?? account.legal_entity_id
        if (!legal)
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `entries[${i}].legal_entity_id: required for an account shared by a holding`
          )
        const abs = e.amount.replace(/^[-+]/, "")
        const amount = CREDIT_TYPES.has(e.type)
          ? `-${abs}`
          : DEBIT_TYPES.has(e.type)
            ? abs
            : e.amount
        const due =
          e.due_date ??
          (DEBIT_TYPES.has(e.type) && e.type !== "opening"
            ? new Date(
                new Date(e.document_date).getTime() +
                  Number(account.payment_terms_days ?? 0) * 86400000
              ).toISOString()
            : null)
        return {
          account_id: e.account_id,
          legal_entity_id: legal,
          type: e.type,
          document_number: e.document_number ?? null,
          document_date: new Date(e.document_date),
          amount,
          currency_code: account.currency_code,
          due_date: due ? new Date(due) : null,
          order_id: e.order_id ?? null,
          external_id: e.external_id ?? null,
          source: e.source ?? "manager",
          comment: e.comment ?? null,
          created_by: e.created_by ?? null,
        }
      })
    const created: InferTypeOf<typeof CreditLedgerEntry>[] = rows.length
      ? // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
        await credit.createCreditLedgerEntries(rows as any[])
      : []
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container.resolve<CreditModuleService>(CREDIT_MODULE).deleteCreditLedgerEntries(ids)
  }
)
