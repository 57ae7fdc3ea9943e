import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"

export const createUploadedStep = createStep(
  "documents-create-uploaded",
  async (input: Record<string, any>, { container }) => {
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    if (input.external_id) {
      const [dup] = await docs.listDocDocuments({ external_id: input.external_id }, { take: 1 })
      if (dup)
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `external_id: document ${dup.id} already has it`
        )
    }
    const doc = await docs.createDocDocuments({
      ...input,
      date: new Date(input.date),
      status: "ready",
    })
    return new StepResponse(doc, doc.id)
  },
  async (id, { container }) => {
    if (id)
      await container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE).deleteDocDocuments([id])
  }
)
