import { z } from "@medusajs/framework/zod"
import { optNote } from "../../../validation/fields"

export const DecideRequisitesChange = z.object({ reason: optNote }).strict()

export type DecideRequisitesChange = z.infer<typeof DecideRequisitesChange>
