import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { optNote } from "../../../validation/fields"

export const DecideRegistration = z
  .object({
    reason: optNote,
    legal_entity_id: line().nullish(),
    holding_id: line().nullish(),
    role_id: line().nullish(),
  })
  .strict()

export type DecideRegistration = z.infer<typeof DecideRegistration>
