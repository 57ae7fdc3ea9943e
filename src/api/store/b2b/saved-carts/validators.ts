import { z } from "@medusajs/framework/zod"
import { line, multiline } from "../../../validation"

const name = line()
  .trim()
  .min(1, { message: "name: give the list a name" })
  .max(200, { message: "name: at most 200 characters" })

export const SaveCart = z
  .object({
    cart_id: line().min(1, { message: "cart_id: required" }),
    name,
    kind: z.enum(["cart", "template"], { message: "kind: cart or template" }).default("cart"),
    is_shared: z.boolean().default(false),
    note: multiline().max(1000).nullish(),
  })
  .strict()

export const UpdateSavedCart = z
  .object({ name, is_shared: z.boolean(), note: multiline().max(1000).nullish() })
  .partial()
  .strict()

export const CartTarget = z
  .object({ cart_id: line().min(1, { message: "cart_id: the cart to fill" }) })
  .strict()

export type SaveCart = z.infer<typeof SaveCart>
export type UpdateSavedCart = z.infer<typeof UpdateSavedCart>
export type CartTarget = z.infer<typeof CartTarget>
