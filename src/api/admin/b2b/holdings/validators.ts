import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { optText, optNote } from "../../../validation/fields"

export const AdminCreateHolding = z
  .object({ name: line().trim().min(1).max(300), one_c_id: optText, comment: optNote })
  .strict()

export const AdminUpdateHolding = AdminCreateHolding.partial().strict()

export type AdminCreateHolding = z.infer<typeof AdminCreateHolding>
export type AdminUpdateHolding = z.infer<typeof AdminUpdateHolding>
