import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import path from "node:path"
import { assertSafeInput } from "../validation"
import { pluginOptions } from "../../lib/plugin-options"

/** Documents a buyer may attach to a requisites change: extension and leading bytes must agree. */
const ALLOWED: Record<string, { mime: string; magic: number[][] }> = {
  ".pdf": { mime: "application/pdf", magic: [[0x25, 0x50, 0x44, 0x46]] },
  ".png": { mime: "image/png", magic: [[0x89, 0x50, 0x4e, 0x47]] },
  ".jpg": { mime: "image/jpeg", magic: [[0xff, 0xd8, 0xff]] },
  ".jpeg": { mime: "image/jpeg", magic: [[0xff, 0xd8, 0xff]] },
  ".bmp": { mime: "image/bmp", magic: [[0x42, 0x4d]] },
  ".doc": { mime: "application/msword", magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  ".xls": { mime: "application/vnd.ms-excel", magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  ".docx": {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  ".xlsx": {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
}

export const maxDocumentBytes = () => pluginOptions().documents.maxUploadMb * 1024 * 1024

/** Detects the document type; null when the extension is not allowed or the content does not match. */
export function documentType(filename: string, head: Buffer): string | null {
  const rule = ALLOWED[path.extname(filename).toLowerCase()]
  if (!rule) return null
  return rule.magic.some((m) => m.every((b, i) => head[i] === b)) ? rule.mime : null
}

/** multer (memory) with a size cap; a too-large file is a clear 400, not a crash. */
export const singleDocument = (field: string) =>
  singleUpload(field, pluginOptions().documents.maxUploadMb)

/** One optional multipart file in `field`, at most `maxMb`; JSON bodies pass through untouched. */
export function singleUpload(field: string, maxMb: number) {
  const maxBytes = maxMb * 1024 * 1024
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1 },
  }).single(field)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    upload(req, res, (err: unknown) => {
      if (!err) {
        // the form's text fields and the file name bypass zod: the same scan as every JSON body
        try {
          assertSafeInput(req.body ?? {})
          const file = (req as unknown as { file?: { originalname?: string } }).file
          if (file?.originalname) assertSafeInput(file.originalname, field)
        } catch (e) {
          return next(e)
        }
        return next()
      }
      const code = (err as { code?: string }).code
      const msg =
        code === "LIMIT_FILE_SIZE"
          ? `${field}: the file is larger than ${maxMb} MB`
          : `${field}: ${(err as Error).message}`
      next(new MedusaError(MedusaError.Types.INVALID_DATA, msg))
    })
}
