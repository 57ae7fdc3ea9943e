import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"

/** POST /store/b2b/one-click: buy one product now, in a cart of its own. */
export const BuyNow = z
  .object({
    variant_id: line({ message: "variant_id: required" })
      .trim()
      .min(1, { message: "variant_id: required" }),
    quantity: int4(
      z.coerce
        .number({ message: "quantity: a whole number from 1" })
        .int({ message: "quantity: a whole number from 1" })
    )
      .min(1, { message: "quantity: a whole number from 1" })
      .max(1_000_000, { message: "quantity: at most 1000000" })
      .default(1),
    region_id: line().trim().min(1, { message: "region_id: a region id" }).optional(),
  })
  .strict()

export type BuyNow = z.infer<typeof BuyNow>
