import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"
import { DOCUMENT_TYPES } from "../../../../modules/documents"

const day = (f: string) =>
  line()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${f}: a date such as 2026-10-31` })

export const StoreDocumentsQuery = z.object({
  type: z
    .enum([...DOCUMENT_TYPES], { message: `type: one of ${DOCUMENT_TYPES.join(", ")}` })
    .optional(),
  order_id: line().optional(),
  from: day("from").optional(),
  to: day("to").optional(),
  limit: int4(z.coerce.number().int()).min(1).max(200).default(50),
  offset: int4(z.coerce.number().int()).min(0).default(0),
})

export const RequestAct = z
  .object({
    period: z.enum(["month", "quarter", "year", "custom"], {
      message: "period: month, quarter, year or custom",
    }),
    /** Any day inside the month/quarter/year wanted; default: the previous one. */
    date: day("date").optional(),
    from: day("from").optional(),
    to: day("to").optional(),
  })
  .strict()

/** The first and last day of the requested period (UTC dates, inclusive). */
export function actPeriod(b: z.infer<typeof RequestAct>): { from: string; to: string } {
  const iso = (d: Date) => d.toISOString().slice(0, 10)
  if (b.period === "custom") {
    if (!b.from || !b.to)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "from: a custom period needs from and to"
      )
    if (b.from > b.to)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "from: must not be after to")
    return { from: b.from, to: b.to }
  }
  const now = new Date()
  const ref = b.date ? new Date(`${b.date}T00:00:00Z`) : null
  const y = (ref ?? now).getUTCFullYear()
  const m = (ref ?? now).getUTCMonth()
  if (b.period === "month") {
    const [yy, mm] = ref ? [y, m] : m === 0 ? [y - 1, 11] : [y, m - 1]
    return { from: iso(new Date(Date.UTC(yy, mm, 1))), to: iso(new Date(Date.UTC(yy, mm + 1, 0))) }
  }
  if (b.period === "quarter") {
    let q = Math.floor(m / 3)
    let yy = y
    if (!ref) [yy, q] = q === 0 ? [y - 1, 3] : [y, q - 1]
    return {
      from: iso(new Date(Date.UTC(yy, q * 3, 1))),
      to: iso(new Date(Date.UTC(yy, q * 3 + 3, 0))),
    }
  }
  const yy = ref ? y : y - 1
  return { from: `${yy}-01-01`, to: `${yy}-12-31` }
}

export type StoreDocumentsQuery = z.infer<typeof StoreDocumentsQuery>
export type RequestAct = z.infer<typeof RequestAct>
