import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"

export const AssignManager = z
  .object({
    user_id: line().min(1),
    kind: z.enum(["manager", "assistant", "executive"]).default("manager"),
    holding_id: line().nullish(),
    legal_entity_id: line().nullish(),
  })
  .strict()
  .refine((v) => v.kind === "executive" || !!v.holding_id !== !!v.legal_entity_id, {
    message:
      "legal_entity_id: a manager or assistant is assigned to exactly one of holding_id or legal_entity_id",
    path: ["legal_entity_id"],
  })

export type AssignManager = z.infer<typeof AssignManager>
