import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { email, password } from "../../../validation/fields"

export const CreateInvitation = z.object({ email, role_id: line().min(1) }).strict()

export const AcceptInvitation = z
  .object({
    token: line().min(20).max(200),
    password: password.optional(),
    first_name: line().trim().min(1).max(100).optional(),
    last_name: line().trim().min(1).max(100).optional(),
    phone: line().trim().max(50).nullish(),
    consent: z.literal(true, {
      message: "consent: consent to personal data processing is required",
    }),
  })
  .strict()

export type CreateInvitation = z.infer<typeof CreateInvitation>
export type AcceptInvitation = z.infer<typeof AcceptInvitation>
