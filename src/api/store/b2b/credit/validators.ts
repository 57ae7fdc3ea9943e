import { z } from "@medusajs/framework/zod"
import { LEDGER_TYPES } from "../../../admin/b2b/credit/validators"
import { int4, line } from "../../../validation"

const isoDate = (f: string) =>
  line()
    .trim()
    .refine((v) => !Number.isNaN(Date.parse(v)), {
      message: `${f}: must be a date such as 2026-11-25`,
    })

export const StoreTransactionsQuery = z.object({
  type: z.preprocess(
    (v) => (typeof v === "string" ? v.split(",") : v),
    z.array(z.enum(LEDGER_TYPES)).optional()
  ),
  from: isoDate("from").optional(),
  to: isoDate("to").optional(),
  order_id: line().optional(),
  limit: int4(z.coerce.number().int()).min(1).max(500).default(50),
  offset: int4(z.coerce.number().int()).min(0).default(0),
})

export type StoreTransactionsQuery = z.infer<typeof StoreTransactionsQuery>
