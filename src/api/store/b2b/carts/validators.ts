import { z } from "@medusajs/framework/zod"
import { line, multiline } from "../../../validation"
import { isValidInn, isValidKpp } from "../../../../modules/company"
import { preorderDateError } from "../../../../modules/ordering"

const inn = (f: string) =>
  line()
    .trim()
    .refine(isValidInn, {
      message: `${f}: must be a valid INN (10 or 12 digits with correct control digits)`,
    })

const kpp = (f: string) =>
  line()
    .trim()
    .refine(isValidKpp, { message: `${f}: must be a valid KPP (9 characters)` })

/** Today's date (YYYY-MM-DD) where the business runs: requested dates are compared with it. */
export const BUSINESS_TIME_ZONE = "Europe/Moscow"

export const todayInBusinessZone = (now = new Date()) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: BUSINESS_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now)

const isRealDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))

export const DELIVERY_METHODS = ["delivery", "pickup"] as const

export const CheckoutDetails = z
  .object({
    address_id: line()
      .trim()
      .min(1, { message: "address_id: an address id from the address book" })
      .nullish(),
    consignee: z
      .object({
        name: line({ message: "consignee.name: required" })
          .trim()
          .min(1, { message: "consignee.name: required" })
          .max(300, { message: "consignee.name: at most 300 characters" }),
        inn: inn("consignee.inn").nullish(),
        kpp: kpp("consignee.kpp").nullish(),
      })
      .strict()
      .refine((c) => !c.kpp || !c.inn || c.inn.length === 10, {
        message: "consignee.kpp: only an organisation (10-digit INN) has a KPP",
        path: ["kpp"],
      })
      .nullish(),
    delivery_method: z.enum(DELIVERY_METHODS, { message: "delivery_method: delivery or pickup" }),
    pickup_location_id: line()
      .trim()
      .min(1, { message: "pickup_location_id: a stock location id" })
      .nullish(),
    requested_date: line({ message: "requested_date: a date such as 2026-12-01" })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, {
        message: "requested_date: a date such as 2026-12-01 (YYYY-MM-DD)",
      })
      .refine(isRealDate, { message: "requested_date: no such date" })
      .refine((v) => v >= todayInBusinessZone(), {
        message: "requested_date: cannot be in the past",
      })
      .nullish(),
    time_window: line({ message: "time_window: a window such as 09:00-13:00" })
      .trim()
      .transform((v) => v.replace(/\s+/g, "").replace(/[–—]/g, "-"))
      .refine(
        (v) => /^\d{2}:\d{2}-\d{2}:\d{2}$/.test(v) && v.split("-").every((t) => TIME.test(t)),
        {
          message: "time_window: a window such as 09:00-13:00 (HH:MM-HH:MM)",
        }
      )
      .refine(
        (v) => !/^\d{2}:\d{2}-\d{2}:\d{2}$/.test(v) || minutes(v.slice(0, 5)) < minutes(v.slice(6)),
        {
          message: "time_window: the start must be before the end",
        }
      )
      .nullish(),
    comment: multiline()
      .trim()
      .max(1000, { message: "comment: at most 1000 characters" })
      .nullish(),
    po_number: line().trim().max(50, { message: "po_number: at most 50 characters" }).nullish(),
    // order split: requested shipment date of pre-order lines (used by POST /store/b2b/carts/:id/place)
    preorder_date: line({ message: "preorder_date: a date such as 2026-12-01" })
      .trim()
      .superRefine((v, ctx) => {
        const err = preorderDateError(v)
        if (err) ctx.addIssue({ code: "custom", message: err })
      })
      .nullish(),
  })
  .strict()
  .refine((v) => v.delivery_method !== "pickup" || !!v.pickup_location_id, {
    message: "pickup_location_id: required for pickup (the warehouse to collect from)",
    path: ["pickup_location_id"],
  })
  .refine((v) => v.delivery_method !== "delivery" || !v.pickup_location_id, {
    message: "pickup_location_id: only for pickup",
    path: ["pickup_location_id"],
  })

/** POST /store/b2b/carts/:id/one-click: nothing to choose (the company defaults fill the gaps). */
export const OneClickCart = z.object({}).strict()

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

export type CheckoutDetails = z.infer<typeof CheckoutDetails>
export type OneClickCart = z.infer<typeof OneClickCart>
export type PlaceOrder = z.infer<typeof PlaceOrder>
