import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { DOCUMENT_TYPES } from "../../../../modules/documents"

const day = (f: string) =>
  line()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${f}: a date such as 2026-10-31` })

export const UploadDocumentFields = z
  .object({
    type: z.enum([...DOCUMENT_TYPES], { message: `type: one of ${DOCUMENT_TYPES.join(", ")}` }),
    legal_entity_id: line().min(1, { message: "legal_entity_id: required" }),
    number: line().trim().min(1, { message: "number: required" }).max(100),
    date: day("date"),
    order_id: line().nullish(),
    shipment_id: line().nullish(),
    external_id: line().max(200).nullish(),
  })
  .strict()

export type UploadDocumentFields = z.infer<typeof UploadDocumentFields>
