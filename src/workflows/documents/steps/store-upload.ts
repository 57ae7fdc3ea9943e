import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A document uploaded by a manager or coming from 1C: the file goes to the File module, then the record. */
export const storeUploadStep = createStep(
  "documents-store-upload",
  async (input: { filename: string; mime: string; content_base64: string }, { container }) => {
    const [file] = await container.resolve(Modules.FILE).createFiles([
      {
        filename: input.filename,
        mimeType: input.mime,
        content: input.content_base64,
        access: "private",
      },
    ])
    return new StepResponse(file.id, file.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(Modules.FILE).deleteFiles([id])
  }
)
