import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { storeUploadStep } from "../steps/store-upload"
import { createUploadedStep } from "../steps/create-uploaded"

export const uploadDocumentWorkflow = createWorkflow(
  "documents-upload",
  (input: {
    fields: Record<string, any>
    filename: string
    mime: string
    content_base64: string
    source: "manager" | "one_c"
  }) => {
    const fileId = storeUploadStep(
      transform({ input }, ({ input }) => ({
        filename: input.filename,
        mime: input.mime,
        content_base64: input.content_base64,
      }))
    )
    const doc = createUploadedStep(
      transform({ input, fileId }, ({ input, fileId }) => ({
        ...input.fields,
        file_id: fileId,
        filename: input.filename,
        source: input.source,
      }))
    )
    return new WorkflowResponse(doc)
  }
)
