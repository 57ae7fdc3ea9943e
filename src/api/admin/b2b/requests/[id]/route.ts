import type { WithTypedItems } from "../../../../../modules/after-sales/models/order-request"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { DecideOrderRequest } from "../validators"
import { assertReferencesExist } from "../../../../validation/references"
import { addOrderRequestMessageWorkflow } from "../../../../../workflows/after-sales/workflows/add-order-request-message"
import { decideOrderRequestWorkflow } from "../../../../../workflows/after-sales/workflows/decide-order-request"
import { afterSales } from "../../../../utils/after-sales"
import {
  describeRequests,
  returnOf,
} from "../../../../../workflows/after-sales/utils/request-views"
import { withSortedMessages } from "../../../../../modules/after-sales"
import { canSeeLegalEntity, managerScope } from "../../../../utils/admin-scope"
import type { OrderRequestResponse } from "../../../../../types/after-sales/http"
import type { JsonOf } from "../../../../../types/common/http"

async function requestInScope(req: AuthenticatedMedusaRequest) {
  const scope = await managerScope(req)
  const [row] = await afterSales(req).listB2bOrderRequests(
    { id: req.params.id },
    { take: 1, relations: ["messages"] }
  )
  if (!row || !canSeeLegalEntity(scope, row.legal_entity_id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Request with id ${req.params.id} was not found`
    )
  }
  // the json items column typed as createOrderRequestWorkflow writes it
  return row as unknown as WithTypedItems<typeof row>
}

async function detail(req: AuthenticatedMedusaRequest) {
  const row = await requestInScope(req)
  const [described] = await describeRequests(req.scope, [withSortedMessages(row)])
  return { ...described, return: await returnOf(req.scope, row.return_id) }
}

/** GET /admin/b2b/requests/:id: the request with its conversation and the Medusa return, if any. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<OrderRequestResponse>>
) {
  res.json({ request: await detail(req) })
}

/**
 * POST /admin/b2b/requests/:id { status?, reply?, document_id? }: moves the request on (approving a
 * return request creates the Medusa return) with an optional reply; a reply alone is a message.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<DecideOrderRequest>,
  res: MedusaResponse<JsonOf<OrderRequestResponse>>
) {
  const row = await requestInScope(req)
  const b = req.validatedBody
  await assertReferencesExist(req.scope, [
    { field: "document_id", entity: "doc_document", id: b.document_id },
  ])
  if (b.status) {
    await decideOrderRequestWorkflow(req.scope).run({
      input: {
        id: row.id,
        status: b.status,
        reply: b.reply ?? null,
        document_id: b.document_id ?? null,
        user_id: req.auth_context.actor_id,
      },
    })
  } else {
    await addOrderRequestMessageWorkflow(req.scope).run({
      input: {
        request_id: row.id,
        author_type: "manager",
        author_id: req.auth_context.actor_id,
        text: b.reply!,
      },
    })
  }
  res.json({ request: await detail(req) })
}
