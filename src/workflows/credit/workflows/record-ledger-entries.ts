import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLedgerEntriesStep, type LedgerEntryInput } from "../steps/create-ledger-entries"
import { fullyInvoicedOrdersStep } from "../steps/fully-invoiced-orders"
import { setOrderExposureStatusStep } from "../steps/set-order-exposure-status"
import { refreshCreditStateStep } from "../steps/refresh-credit-state"

/**
 * Records settlements (payments, invoices, shipments, adjustments) from a manager or from 1C.
 * Orders whose shipments now cover them leave "open orders" (their amount is in the debt now),
 * and the account's state is re-evaluated: a payment that clears the overdue debt unblocks it.
 */
export const recordLedgerEntriesWorkflow = createWorkflow(
  "credit-record-ledger-entries",
  (input: { entries: LedgerEntryInput[] }) => {
    const created = createLedgerEntriesStep(input.entries)
    const orderIds = transform(
      { created },
      ({ created }) => created.map((c) => c.order_id).filter(Boolean) as string[]
    )
    const settled = fullyInvoicedOrdersStep(orderIds)
    setOrderExposureStatusStep(
      transform({ settled }, ({ settled }) => ({ order_ids: settled, status: "settled" as const }))
    )
    const states = refreshCreditStateStep(
      transform({ input }, ({ input }) => input.entries.map((e) => e.account_id))
    )
    return new WorkflowResponse({ entries: created, states })
  }
)
