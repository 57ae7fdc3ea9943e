import { z } from "@medusajs/framework/zod"
import { line, multiline } from "../../../validation"

export const SaveTemplate = z
  .object({
    type: z.enum(["invoice", "upd", "reconciliation_act", "price_list"], {
      message: "type: invoice, upd, reconciliation_act or price_list",
    }),
    locale: line().trim().min(2).max(10).default("ru"),
    name: line().trim().min(1, { message: "name: required" }).max(200),
    body: multiline(undefined, 500_000)
      .min(1, { message: "body: the Handlebars HTML of the template" })
      .max(500_000),
    css: multiline(undefined, 200_000).max(200_000).default(""),
  })
  .strict()

export type SaveTemplate = z.infer<typeof SaveTemplate>
