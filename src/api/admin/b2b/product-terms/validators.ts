import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"

export const SetProductTerms = z
  .object({
    terms: z
      .array(
        z
          .object({
            product_id: line().min(1),
            variant_id: line().min(1).nullish(),
            min_quantity: int4(z.number().int()).min(1).optional(),
            multiple: int4(z.number().int()).min(1).optional(),
            base_unit: line().trim().min(1).max(20).optional(),
            units: z
              .array(
                z
                  .object({
                    code: line().trim().min(1).max(20),
                    name: line().trim().min(1).max(50),
                    coefficient: int4(z.number().int()).min(1),
                  })
                  .strict()
              )
              .max(10)
              .optional(),
            weight_kg: line()
              .regex(/^\d{1,12}([.,]\d{1,6})?$/, {
                message:
                  "weight_kg: a decimal number (at most 12 digits before and 6 after the point)",
              })
              .nullish(),
            volume_m3: line()
              .regex(/^\d{1,12}([.,]\d{1,6})?$/, {
                message:
                  "volume_m3: a decimal number (at most 12 digits before and 6 after the point)",
              })
              .nullish(),
          })
          .strict()
      )
      .min(1)
      .max(5000),
  })
  .strict()

export type SetProductTerms = z.infer<typeof SetProductTerms>
