import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import { listReturnReasons } from "../utils/return-reasons"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { leafReason, type OrderLine, validateReturnItems } from "../../../modules/after-sales"
import { NewRequestInput } from "../utils/requests-shared"

const num = (v: unknown) =>
  v === null || v === undefined ? 0 : MathBN.convert(v as BigNumberInput).toNumber()

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
      // cast to any: the DML filter type does not take this field's array/operator form
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
            { order_id: order.id, type: "return", status: ["open", "in_progress"] },
            { take: null }
          )
        const pending: Record<string, number> = {}
        for (const req of open)
          // cast to any: query.graph/module results are typed without the relations and raw fields requested here
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
