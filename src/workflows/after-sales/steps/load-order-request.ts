import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { assertTransition, type RequestStatus } from "../../../modules/after-sales"

export type LoadedRequest = {
  id: string
  type: string
  status: RequestStatus
  order_id: string
  legal_entity_id: string | null
  customer_id: string
  items:
    { order_item_id: string; quantity: number; reason_id: string; note: string | null }[] | null
  document_type: string | null
  return_id: string | null
  customer_email: string | null
}

/** Loads a request and the author's e-mail; checks the status change, if one is asked for. */
export const loadOrderRequestStep = createStep(
  "after-sales-load-request",
  async (
    input: {
      id: string
      status?: RequestStatus | null
      customer_id?: string | null
      only_open?: boolean
      document_id?: string | null
    },
    { container }
  ) => {
    const svc = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const [req] = await svc.listB2bOrderRequests({ id: input.id }, { take: 1 })
    if (!req)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Request with id ${input.id} was not found`
      )
    if (input.customer_id && req.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only the author can cancel a request")
    }
    if (input.only_open && req.status !== "open")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: the request is already ${req.status}`
      )
    if (input.status) assertTransition(req.type, req.status as RequestStatus, input.status)
    if (input.document_id) {
      const [doc] = await container
        .resolve<any>(DOCUMENTS_MODULE)
        .listDocDocuments({ id: input.document_id }, { take: 1 })
      if (!doc || doc.legal_entity_id !== req.legal_entity_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `document_id: document ${input.document_id} does not belong to this counterparty`
        )
      }
    }
    const [customer] = await container
      .resolve<any>(Modules.CUSTOMER)
      .listCustomers({ id: req.customer_id }, { take: 1, select: ["id", "email"] })
    return new StepResponse({
      ...req,
      customer_email: customer?.email ?? null,
    } as LoadedRequest)
  }
)
