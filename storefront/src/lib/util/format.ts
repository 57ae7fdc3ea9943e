/**
 * Money formatting for the storefront.
 *
 * Medusa v2 returns amounts in MAJOR units (1234.5 RUB means 1 234,50 ₽), as
 * numbers or — for big-number fields — as decimal strings. To avoid float
 * rounding surprises the amount is handed to Intl as a *decimal string*
 * (Intl.NumberFormat v3 formats strings exactly, rounding half-expand), so
 * e.g. "90071992547409.99" is not turned into …409,98 by a float round trip.
 */

export type MoneyAmount = number | string | null | undefined

export const DEFAULT_LOCALE = "ru-RU"
export const DEFAULT_CURRENCY = "RUB"
/** Shown when the amount is missing or not a number. */
export const MISSING_AMOUNT = "—"

const DECIMAL_RE = /^[-+]?(\d+(\.\d*)?|\.\d+)$/
const EXPONENT_RE = /^[-+]?(\d+(\.\d*)?|\.\d+)e[-+]?\d+$/i

/**
 * Turns a number or a numeric string into a plain decimal string Intl can
 * format exactly, or null when it is not a finite number.
 * Accepts "1234.5", "1 234,5" (spaces and a decimal comma), "1e3".
 */
export function toDecimalString(amount: MoneyAmount): `${number}` | null {
  if (amount === null || amount === undefined) return null

  let text: string
  if (typeof amount === "number") {
    if (!Number.isFinite(amount)) return null
    // String(n) is the shortest representation that round-trips, i.e. what
    // the backend meant: String(1.005) === "1.005".
    text = String(amount)
  } else if (typeof amount === "string") {
    text = amount
      .trim()
      .replace(/[\s\u00a0\u202f_]/g, "")
      .replace(",", ".")
  } else {
    return null
  }

  if (EXPONENT_RE.test(text)) {
    const n = Number(text)
    if (!Number.isFinite(n)) return null
    text = n.toLocaleString("en-US", {
      useGrouping: false,
      maximumFractionDigits: 20,
    })
  }
  if (!DECIMAL_RE.test(text)) return null

  // Normalise negative zero so 0 never shows as "-0,00".
  if (/^[-+]?0*\.?0*$/.test(text)) return "0"
  return text as `${number}`
}

const formatters = new Map<string, Intl.NumberFormat>()

function getFormatter(locale: string, currency: string | null): Intl.NumberFormat {
  const key = `${locale}|${currency ?? ""}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      ...(currency ? { style: "currency", currency } : { style: "decimal" }),
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * Formats a major-unit amount as money, ru-RU by default:
 *   formatMoney(1234.5)            -> "1 234,50 ₽"
 *   formatMoney("1234.5", "usd")   -> "1 234,50 $"
 * Currency codes are case-insensitive (Medusa stores them lower-case).
 * Missing/invalid amounts give "—"; an unknown currency code falls back to
 * "1 234,50 XYZ" instead of throwing.
 * Note: ru-RU output uses no-break spaces (U+00A0) as separators.
 */
export function formatMoney(
  amount: MoneyAmount,
  currencyCode: string = DEFAULT_CURRENCY,
  locale: string = DEFAULT_LOCALE
): string {
  const decimal = toDecimalString(amount)
  if (decimal === null) return MISSING_AMOUNT

  const currency = (currencyCode || DEFAULT_CURRENCY).trim().toUpperCase()
  try {
    return getFormatter(locale, currency).format(decimal)
  } catch {
    // Malformed currency code (RangeError): plain number plus the code.
    return `${getFormatter(locale, null).format(decimal)}\u00a0${currency}`
  }
}
