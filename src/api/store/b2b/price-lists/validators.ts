import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"

export const RequestPriceList = z
  .object({
    category_ids: z.array(line().min(1)).max(500).optional(),
    format: z.enum(["xlsx", "pdf"], { message: "format: xlsx or pdf" }).default("xlsx"),
    region_code: line().trim().max(50).optional(),
  })
  .strict()

export type RequestPriceList = z.infer<typeof RequestPriceList>
