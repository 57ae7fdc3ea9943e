import type { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { ListQuery } from "../../../validation/fields"

export const AuditQuery = ListQuery.extend({
  action: line().optional(),
  legal_entity_id: line().optional(),
  impersonator_user_id: line().optional(),
})

export type AuditQuery = z.infer<typeof AuditQuery>
