import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"

export const OneCCategoryMap = z
  .object({
    group_external_id: line().trim().min(1, { message: "group_external_id: the 1C group id" }),
    category_ids: z
      .array(line().trim().min(1), {
        message: "category_ids: a list of portal category ids (may be empty)",
      })
      .max(100),
  })
  .strict()

export type OneCCategoryMap = z.infer<typeof OneCCategoryMap>
