/**
 * Number and date formatting for printed documents, the Russian way: "1 234,56" (narrow no-break space
 * between thousands, comma before the kopeks) and "25.11.2026". Amounts go through decimal.js only.
 */
import Decimal from "decimal.js"
import { documentsSettings } from "./settings"

/** U+202F NARROW NO-BREAK SPACE: the thousands separator of Russian number formatting. */
export const NNBSP = "\u202F"

export type DecimalInput = string | number | Decimal

/** Time zone that turns timestamps into document dates (documents are dated in Moscow time by default). */

/** null for null/undefined/blank, a Decimal otherwise; throws on garbage so a bad amount never prints. */
function toDecimal(value: DecimalInput | null | undefined, what: string): Decimal | null {
  if (value === null || value === undefined) return null
  if (typeof value === "string" && value.trim() === "") return null
  try {
    const d = new Decimal(typeof value === "string" ? value.trim() : value)
    if (d.isFinite()) return d
  } catch {
    // fall through
  }
  throw new Error(`${what}: not a decimal number: "${String(value)}"`)
}

/** "1234567.5" → "1 234 567,50" with U+202F between groups; a fixed number of decimals, rounded half-up. */
function groupDigits(d: Decimal, decimals: number, trimZeros: boolean): string {
  let fixed = d.abs().toFixed(decimals, Decimal.ROUND_HALF_UP)
  if (trimZeros && fixed.includes(".")) fixed = fixed.replace(/\.?0+$/, "")
  const [integer, fraction] = fixed.split(".")
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP)
  const sign = d.isNegative() && !new Decimal(fixed).isZero() ? "-" : ""
  return sign + grouped + (fraction ? `,${fraction}` : "")
}

/** Money: "1234.5" → "1 234,50"; empty input → "". */
export function formatMoney(value: DecimalInput | null | undefined): string {
  const d = toDecimal(value, "formatMoney")
  return d ? groupDigits(d, 2, false) : ""
}

/** Quantity: up to `maxDecimals` decimals without trailing zeros: "12.000" → "12", "1.5" → "1,5". */
export function formatQty(value: DecimalInput | null | undefined, maxDecimals = 3): string {
  const d = toDecimal(value, "formatQty")
  return d ? groupDigits(d, maxDecimals, true) : ""
}

export type DateStyle = "short" | "long"

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function dateFormat(style: DateStyle, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${timeZone}`
  let fmt = dateFormats.get(key)
  if (!fmt) {
    fmt =
      style === "long"
        ? new Intl.DateTimeFormat("ru-RU", {
            timeZone,
            day: "numeric",
            month: "long",
            year: "numeric",
          })
        : new Intl.DateTimeFormat("ru-RU", {
            timeZone,
            day: "2-digit",
            month: "2-digit",
            year: "numeric",
          })
    dateFormats.set(key, fmt)
  }
  return fmt
}

/**
 * "2026-11-25" or a timestamp → "25.11.2026" (short) or "25 ноября 2026 г." (long). A bare date is printed as
 * written; a timestamp is converted to `timeZone` first. Anything unparsable (say, an already formatted date)
 * is returned unchanged, so a template never fails on a date.
 */
export function formatDate(
  value: string | Date | null | undefined,
  style: DateStyle = "short",
  timeZone = documentsSettings().timeZone
): string {
  if (value === null || value === undefined || value === "") return ""
  const bareDate = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
  const date = bareDate ? new Date(`${(value as string).trim()}T00:00:00Z`) : new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  return dateFormat(style, bareDate ? "UTC" : timeZone).format(date)
}

const CURRENCY_SHORT: Record<string, string> = {
  RUB: "руб.",
  USD: "долл. США",
  EUR: "евро",
  CNY: "юаней",
}

/** The short currency name printed after amounts: RUB → "руб."; unknown codes are printed as they are. */
export function currencyShort(code: string | null | undefined): string {
  const c = (code || "RUB").toUpperCase()
  return CURRENCY_SHORT[c] ?? c
}

const CURRENCY_NAMES: Record<string, string> = {
  RUB: "Российский рубль, 643",
  USD: "Доллар США, 840",
  EUR: "Евро, 978",
  CNY: "Китайский юань, 156",
}

/** "Валюта: наименование, код" of a UPD / счёт-фактура: RUB → "Российский рубль, 643". */
export function currencyNameAndCode(code: string | null | undefined): string {
  const c = (code || "RUB").toUpperCase()
  return CURRENCY_NAMES[c] ?? c
}
