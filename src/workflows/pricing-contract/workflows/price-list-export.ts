import { emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import { createRowsStep, updateRowsStep } from "../../common/steps/crud"

const createExports = createRowsStep<Record<string, unknown>>(
  PRICING_CONTRACT_MODULE,
  "PcPriceListExports"
)
const updateExports = updateRowsStep<{ id: string } & Record<string, unknown>>(
  PRICING_CONTRACT_MODULE,
  "PcPriceListExports"
)

export type PriceListExportRequest = {
  legal_entity_id: string | null
  holding_id: string | null
  customer_id: string | null
  category_ids: string[] | null
  region_code: string | null
  format: "xlsx" | "pdf"
}

/** Records a price list request; generation runs off the request path (subscriber). */
export const requestPriceListExportWorkflow = createWorkflow(
  "pricing-request-price-list-export",
  (input: PriceListExportRequest) => {
    const created = createExports(
      transform({ input }, ({ input }) => [{ ...input, status: "pending" }])
    )
    const exp = transform({ created }, ({ created }) => created[0])
    emitEventStep({
      eventName: "pricing.price_list_export.requested",
      data: transform({ exp }, ({ exp }) => ({ id: exp.id })),
    })
    return new WorkflowResponse(exp)
  }
)

/** Stores the generated file through Medusa's File module and marks the export done. */
export const completePriceListExportWorkflow = createWorkflow(
  "pricing-complete-price-list-export",
  (input: { id: string; file_name: string; content_base64: string; rows: number }) => {
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [
          {
            filename: input.file_name,
            mimeType: input.file_name.endsWith(".pdf")
              ? "application/pdf"
              : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            content: input.content_base64,
            access: "private" as const,
          },
        ],
      })),
    })
    updateExports(
      transform({ input, files }, ({ input, files }) => [
        {
          id: input.id,
          status: "done",
          file_id: files[0].id,
          file_name: input.file_name,
          processed: input.rows,
          finished_at: new Date(),
          error: null,
        },
      ])
    )
    emitEventStep({ eventName: "pricing.price_list_export.done", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)

export const failPriceListExportWorkflow = createWorkflow(
  "pricing-fail-price-list-export",
  (input: { id: string; error: string }) => {
    updateExports(
      transform({ input }, ({ input }) => [
        { id: input.id, status: "failed", error: input.error, finished_at: new Date() },
      ])
    )
    emitEventStep({ eventName: "pricing.price_list_export.failed", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
