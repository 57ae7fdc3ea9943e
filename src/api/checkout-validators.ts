import { z } from "@medusajs/framework/zod"
import { line, multiline } from "./validation"
import { isValidInn, isValidKpp } from "../modules/company"
import { preorderDateError } from "../modules/ordering"

// Every message names its field ("phone: …"): Medusa prints custom messages without the path.
const text = (f: string, max: number) =>
  line()
    .trim()
    .max(max, { message: `${f}: at most ${max} characters` })
const optText = (f: string, max: number) => text(f, max).nullish()
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
const phone = (f = "phone") =>
  line()
    .trim()
    .max(50, { message: `${f}: at most 50 characters` })
    .refine(
      (v) =>
        /^\+?[\d\s()\-–]{5,}$/.test(v) &&
        v.replace(/\D/g, "").length >= 5 &&
        v.replace(/\D/g, "").length <= 15,
      {
        message: `${f}: a phone number such as +7 495 123-45-67`,
      }
    )
const email = (f = "email") =>
  line()
    .trim()
    .toLowerCase()
    .email({ message: `${f}: must be a valid e-mail address` })

export const ADDRESS_KINDS = ["delivery", "legal", "pickup_contact"] as const

const addressFields = {
  kind: z.enum(ADDRESS_KINDS, { message: `kind: one of ${ADDRESS_KINDS.join(", ")}` }),
  label: optText("label", 200),
  consignee_name: optText("consignee_name", 300),
  consignee_inn: inn("consignee_inn").nullish(),
  consignee_kpp: kpp("consignee_kpp").nullish(),
  postal_code: line()
    .trim()
    .regex(/^\d{6}$/, { message: "postal_code: must be 6 digits" })
    .nullish(),
  address: line({ message: "address: required (region, city, street, building)" })
    .trim()
    .min(5, { message: "address: region, city, street, building (at least 5 characters)" })
    .max(1000, { message: "address: at most 1000 characters" }),
  region_code: optText("region_code", 50),
  contact_name: optText("contact_name", 200),
  phone: phone().nullish(),
  email: email().nullish(),
  comment: multiline().trim().max(1000, { message: "comment: at most 1000 characters" }).nullish(),
  is_default: z.boolean({ message: "is_default: true or false" }),
  one_c_id: optText("one_c_id", 100),
}

/** A KPP belongs to an organisation (10-digit INN); a sole proprietor (12 digits) has none. */
const kppNeedsOrgInn = (v: { consignee_inn?: string | null; consignee_kpp?: string | null }) =>
  !v.consignee_kpp || !v.consignee_inn || v.consignee_inn.length === 10

export const CreateAddress = z
  .object(addressFields)
  .partial({ kind: true, label: true, is_default: true })
  .strict()
  .refine(kppNeedsOrgInn, {
    message: "consignee_kpp: only an organisation (10-digit INN) has a KPP",
    path: ["consignee_kpp"],
  })

export const UpdateAddress = z
  .object(addressFields)
  .partial()
  .strict()
  .refine(kppNeedsOrgInn, {
    message: "consignee_kpp: only an organisation (10-digit INN) has a KPP",
    path: ["consignee_kpp"],
  })

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

export type CheckoutDetailsBody = z.infer<typeof CheckoutDetails>
export type CreateAddressBody = z.infer<typeof CreateAddress>
export type UpdateAddressBody = z.infer<typeof UpdateAddress>
