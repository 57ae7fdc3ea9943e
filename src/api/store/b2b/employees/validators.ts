import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { optText } from "../../../validation/fields"

export const UpdateEmployee = z
  .object({
    role_id: line().min(1).optional(),
    status: z.enum(["active", "disabled"]).optional(),
    position: optText,
    is_default: z.boolean().optional(),
  })
  .strict()

export type UpdateEmployee = z.infer<typeof UpdateEmployee>
