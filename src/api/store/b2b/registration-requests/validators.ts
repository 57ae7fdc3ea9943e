import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { inn, kpp, email, optNote } from "../../../validation/fields"

export const CreateRegistrationRequest = z
  .object({
    inn,
    kpp: kpp.nullish(),
    company_name: line().trim().min(1).max(300),
    contact_name: line().trim().min(1).max(200),
    email,
    phone: line().trim().max(50).nullish(),
    comment: optNote,
    consent: z.literal(true, {
      message: "consent: consent to personal data processing is required",
    }),
  })
  .strict()

export type CreateRegistrationRequest = z.infer<typeof CreateRegistrationRequest>
