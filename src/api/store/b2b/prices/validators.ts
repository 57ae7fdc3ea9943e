import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"

export const StorePricesQuery = z.object({
  variant_id: z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" ? v.split(",") : v),
    z.array(line().min(1)).min(1).max(1000)
  ),
  quantity: int4(z.coerce.number().int()).min(1).max(1_000_000).default(1),
})

export type StorePricesQuery = z.infer<typeof StorePricesQuery>
