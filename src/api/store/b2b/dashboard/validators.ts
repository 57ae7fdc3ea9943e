import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"

const isoDate = (f: string) =>
  line()
    .trim()
    .refine((v) => !Number.isNaN(Date.parse(v)), {
      message: `${f}: must be a date such as 2026-11-25`,
    })

export const DashboardQuery = z.object({
  period: z
    .enum(["day", "week", "month"], { message: "period: day, week or month" })
    .default("month"),
  from: isoDate("from").optional(),
  to: isoDate("to").optional(),
})

export type DashboardQuery = z.infer<typeof DashboardQuery>
