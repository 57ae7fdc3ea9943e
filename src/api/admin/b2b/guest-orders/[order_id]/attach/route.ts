import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { attachGuestOrderWorkflow } from "../../../../../../workflows/ordering/workflows/attach-guest-order"
import type { AttachGuestOrder } from "../../validators"
import { assertLegalEntityInScope } from "../../../../../utils/admin-scope"
import { GUEST_ORDER_FIELDS } from "../../route"
import type { AdminGuestOrderAttachResponse } from "../../../../../../types/ordering/http"
import type { JsonOf } from "../../../../../../types/common/http"

/**
 * POST /admin/b2b/guest-orders/:order_id/attach { legal_entity_id, customer_id? }: links a guest
 * order to a counterparty of the manager's (and to one of its employees), so it shows in the
 * company's order history and in the 1C export. Already attached: 409.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AttachGuestOrder>,
  res: MedusaResponse<JsonOf<AdminGuestOrderAttachResponse>>
) {
  const body = req.validatedBody
  await assertLegalEntityInScope(req, body.legal_entity_id)
  try {
    await attachGuestOrderWorkflow(req.scope).run({
      input: {
        order_id: req.params.order_id,
        legal_entity_id: body.legal_entity_id,
        customer_id: body.customer_id ?? null,
        user_id: req.auth_context.actor_id,
      },
    })
  } catch (e) {
    // Medusa answers CONFLICT with a generic text: say what the conflict is
    if ((e as MedusaError)?.type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (e as Error).message })
      return
    }
    throw e
  }
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: GUEST_ORDER_FIELDS, filters: { id: req.params.order_id } })
  const o = data[0]
  res.json({
    guest_order: {
      ...o,
      guest: o.metadata?.b2b_guest,
      attached: o.metadata?.b2b_guest_attached ?? null,
      legal_entity: o.b2b_legal_entity ?? null,
    },
  })
}
