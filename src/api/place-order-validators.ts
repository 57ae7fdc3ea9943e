import { z } from "@medusajs/framework/zod"
import { line } from "./validation"
import { preorderDateError } from "../modules/ordering"

/** POST /store/b2b/carts/:id/place (order split and pre-orders). Messages name their field. */
export const PlaceOrder = z
  .object({
    preorder_date: line({ message: "preorder_date: a date such as 2026-12-01" })
      .trim()
      .superRefine((v, ctx) => {
        const err = preorderDateError(v)
        if (err) ctx.addIssue({ code: "custom", message: err })
      })
      .nullish(),
  })
  .strict()

export type PlaceOrderBody = z.infer<typeof PlaceOrder>
