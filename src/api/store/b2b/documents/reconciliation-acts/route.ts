import type { MedusaResponse } from "@medusajs/framework/http"
import { requestReconciliationActWorkflow } from "../../../../../workflows/documents/workflows/request-reconciliation-act"
import { type RequestAct, actPeriod } from "../validators"
import { type B2BRequest, requireContext } from "../../../../utils/b2b-context"
import { managerEmails } from "../../../../../workflows/documents/utils/manager-emails"
import type { DocumentResponse } from "../../../../../types/documents/http"
import type { JsonOf } from "../../../../../types/common/http"

/**
 * POST /store/b2b/documents/reconciliation-acts (documents.request) { period: month|quarter|year|custom,
 * date?, from?, to? }: the act is generated in the background; poll the returned document.
 */
export async function POST(
  req: B2BRequest<RequestAct>,
  res: MedusaResponse<JsonOf<DocumentResponse>>
) {
  const ctx = requireContext(req)
  const { from, to } = actPeriod(req.validatedBody)
  const { result } = await requestReconciliationActWorkflow(req.scope).run({
    input: {
      legal_entity_id: ctx.active.legal_entity_id,
      period_from: from,
      period_to: to,
      customer_id: ctx.customer_id,
      manager_emails: await managerEmails(req.scope, ctx.active.legal_entity_id),
    },
  })
  res.status(202).json({ document: result })
}
