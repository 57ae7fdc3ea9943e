import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { PERMISSIONS } from "../../../../modules/company/permissions"

export const CreateRole = z
  .object({
    code: line()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,40}$/, {
        message: "code: lowercase latin letters, digits and underscore, starting with a letter",
      }),
    name: line().trim().min(1).max(100),
    permissions: z.array(z.enum(PERMISSIONS)).min(1),
  })
  .strict()

export const UpdateRole = z
  .object({
    name: line().trim().min(1).max(100).optional(),
    permissions: z.array(z.enum(PERMISSIONS)).min(1).optional(),
  })
  .strict()

export type CreateRole = z.infer<typeof CreateRole>
export type UpdateRole = z.infer<typeof UpdateRole>
