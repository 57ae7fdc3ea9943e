import { emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePriceListExportStep } from "../steps/update-price-list-export"
import { PricingEvents } from "../../../modules/pricing-contract"

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
    updatePriceListExportStep(
      transform({ input, files }, ({ input, files }) => ({
        id: input.id,
        status: "done" as const,
        file_id: files[0].id,
        file_name: input.file_name,
        processed: input.rows,
        finished_at: new Date(),
        error: null,
      }))
    )
    emitEventStep({ eventName: PricingEvents.PRICE_LIST_EXPORT_DONE, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
