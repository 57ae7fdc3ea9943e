import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { optNote } from "../../../validation/fields"

export const Impersonate = z
  .object({ customer_id: line().min(1), legal_entity_id: line().min(1), reason: optNote })
  .strict()

export type Impersonate = z.infer<typeof Impersonate>
