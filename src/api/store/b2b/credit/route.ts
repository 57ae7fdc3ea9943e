import type { MedusaResponse } from "@medusajs/framework/http"
import type { B2BRequest } from "../../../utils/b2b-context"
import { activeCreditAccount, creditService } from "../../../utils/credit"
import type { StoreCreditResponse } from "../../../../types/credit/http"

/**
 * GET /store/b2b/credit (finance.view): limit, debt, overdue, open orders and available credit of
 * the active counterparty; for a limit shared by the holding, the figures are the holding's.
 */
export async function GET(req: B2BRequest, res: MedusaResponse<StoreCreditResponse>) {
  const { ctx, account } = await activeCreditAccount(req)
  if (!account) return res.json({ credit: null })
  const position = await creditService(req).positionOf(account.id)
  res.json({
    credit: {
      account_id: account.id,
      legal_entity_id: ctx.active.legal_entity_id,
      shared_with_holding: !account.legal_entity_id,
      payment_terms_days: account.payment_terms_days,
      // null only if the account was deleted since accountFor: the spread then adds nothing, as before
      ...position!,
      can_order: position?.state === "ok",
    },
  })
}
