import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import { listReturnReasons } from "../utils/return-reasons"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import {
  assertTransition,
  leafReason,
  type OrderLine,
  type RequestStatus,
  type ReturnReasonRow,
  validateReturnItems,
} from "../../../modules/after-sales"

export type NewRequestInput = {
  order_id: string
  legal_entity_id: string
  customer_id: string
  type: "complaint" | "feedback" | "return" | "document"
  subject?: string | null
  message?: string | null
  reason_code?: string | null
  items?: {
    order_item_id: string
    quantity: number
    reason_code?: string | null
    note?: string | null
  }[]
  document_type?: string | null
}

const num = (v: unknown) =>
  v === null || v === undefined ? 0 : MathBN.convert(v as any).toNumber()

/**
 * Checks a new request against the order (items, quantities left to return, leaf reasons, the fields
 * each type needs) and returns the row to store. Nothing is written here.
 */
export const prepareOrderRequestStep = createStep(
  "after-sales-prepare-request",
  async (input: NewRequestInput, { container }) => {
    // the order module's own read: items carry quantity and the return counters of their detail row
    const [order] = (await container
      .resolve<any>(Modules.ORDER)
      .listOrders({ id: input.order_id }, { relations: ["items"], take: 1 })) as any[]
    if (!order)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id ${input.order_id} was not found`
      )
    const message = input.message?.trim() || null
    const row: Record<string, unknown> = {
      type: input.type,
      status: "open",
      order_id: order.id,
      order_display_id: order.display_id ?? null,
      legal_entity_id: input.legal_entity_id,
      customer_id: input.customer_id,
      subject: input.subject?.trim() || null,
      message,
    }
    if ((input.type === "complaint" || input.type === "feedback") && !message) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `message: a ${input.type} needs a message`
      )
    }
    if (input.type === "document") {
      if (!input.document_type)
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "document_type: which document is needed"
        )
      row.document_type = input.document_type
    }
    if (input.type !== "return" && input.items?.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "items: only a return request lists items"
      )
    }
    if (input.type === "return" || input.reason_code) {
      const reasons = await listReturnReasons(container)
      if (input.reason_code) {
        const r = leafReason(reasons, input.reason_code, "reason_code")
        Object.assign(row, {
          reason_id: r.id,
          reason_code: r.code,
          reason_label: r.label,
          parent_reason_code: r.parent_code,
          parent_reason_label: r.parent_label,
        })
      }
      if (input.type === "return") {
        if (order.status === "canceled")
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            "The order is canceled: nothing can be returned"
          )
        const lines: OrderLine[] = (order.items ?? []).map((it: any) => ({
          id: it.id,
          title: it.title,
          quantity: num(it.quantity ?? it.detail?.quantity),
          returned:
            num(it.detail?.return_requested_quantity ?? it.return_requested_quantity) +
            num(it.detail?.return_received_quantity ?? it.return_received_quantity) +
            num(it.detail?.return_dismissed_quantity ?? it.return_dismissed_quantity),
        }))
        const open = await container
          .resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
          .listB2bOrderRequests(
            { order_id: order.id, type: "return", status: ["open", "in_progress"] } as any,
            { take: null }
          )
        const pending: Record<string, number> = {}
        for (const req of open)
          for (const it of (req.items as unknown as any[]) ?? [])
            pending[it.order_item_id] = (pending[it.order_item_id] ?? 0) + Number(it.quantity)
        row.items = validateReturnItems(
          lines,
          pending,
          input.items ?? [],
          reasons,
          input.reason_code
        )
      }
    }
    return new StepResponse(row)
  }
)

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
      ...(req as any),
      customer_email: customer?.email ?? null,
    } as LoadedRequest)
  }
)
