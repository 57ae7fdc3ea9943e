import { z } from "@medusajs/framework/zod"
import { line, multiline, int4 } from "../../../validation"

export const SetOrderStatus = z
  .object({
    code: line().trim().min(1, "code: required"),
    comment: multiline().trim().max(1000).nullish(),
  })
  .strict()

const tracking = {
  tracking_number: line()
    .trim()
    .max(200, { message: "tracking_number: at most 200 characters" })
    .optional(),
  tracking_url: line(undefined, 2000)
    .trim()
    .max(2000, { message: "tracking_url: at most 2000 characters" })
    .url({ message: "tracking_url: a URL (https://…)" })
    .optional()
    .or(z.literal("")),
}

export const CreateShipment = z
  .object({
    location_id: line({ message: "location_id: the warehouse to ship from" })
      .trim()
      .min(1, { message: "location_id: the warehouse to ship from" }),
    items: z
      .array(
        z
          .object({
            id: line({ message: "id: an order line id" }).min(1, {
              message: "id: an order line id",
            }),
            quantity: int4(
              z
                .number({ message: "quantity: a whole number above 0" })
                .int({ message: "quantity: a whole number above 0" })
            ).positive({ message: "quantity: a whole number above 0" }),
          })
          .strict(),
        { message: "items: list the lines to ship" }
      )
      .min(1, { message: "items: list at least one line to ship" })
      .max(500, { message: "items: at most 500 lines" }),
    ...tracking,
    ship_now: z.boolean().default(false),
  })
  .strict()

export const UpdateShipment = z
  .object({
    status: z.enum(["shipped", "delivered", "canceled"], {
      message: "status: shipped, delivered or canceled",
    }),
    ...tracking,
  })
  .strict()

export type SetOrderStatus = z.infer<typeof SetOrderStatus>
export type CreateShipment = z.infer<typeof CreateShipment>
export type UpdateShipment = z.infer<typeof UpdateShipment>
