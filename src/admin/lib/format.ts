/**
 * Display helpers. Money arrives as decimal strings ("150000.00") and is only re-spaced here:
 * no float arithmetic, no rounding; anything that is not a plain decimal is shown as it came.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/

export function formatMoney(
  amount: string | number | null | undefined,
  currency?: string | null
): string {
  if (amount === null || amount === undefined || amount === "") return "—"
  const raw = String(amount).trim()
  const m = DECIMAL.exec(raw)
  const cur = currency ? ` ${currency.toUpperCase()}` : ""
  if (!m) return `${raw}${cur}`
  const [, sign, int, frac] = m
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")
  const cents = (frac ?? "").padEnd(2, "0")
  return `${sign ? "−" : ""}${grouped}.${cents}${cur}`
}

/** True for a negative decimal string (for colouring), without parsing it as a float. */
export const isNegative = (amount: string | number | null | undefined) =>
  String(amount ?? "")
    .trim()
    .startsWith("-")
/** True for a decimal string that is not zero. */
export const isNonZero = (amount: string | number | null | undefined) =>
  /[1-9]/.test(String(amount ?? ""))

function toDate(v: string | number | Date | null | undefined): Date | null {
  if (v === null || v === undefined || v === "") return null
  const d = v instanceof Date ? v : new Date(v)
  return Number.isNaN(d.getTime()) ? null : d
}

export function formatDateTime(v: string | number | Date | null | undefined): string {
  const d = toDate(v)
  return d ? d.toLocaleString(undefined, { dateStyle: "short", timeStyle: "medium" }) : "—"
}

export function formatDate(v: string | number | Date | null | undefined): string {
  const d = toDate(v)
  return d
    ? d.toLocaleDateString(undefined, { dateStyle: "short" } as Intl.DateTimeFormatOptions)
    : "—"
}

/** "850 ms", "12.4 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return "—"
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = ms / 1000
  if (s < 60) return `${s.toFixed(1)} s`
  const min = Math.floor(s / 60)
  if (min < 60) return `${min} min ${String(Math.floor(s % 60)).padStart(2, "0")} s`
  return `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, "0")} min`
}

export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—"
  const units = ["B", "KB", "MB", "GB", "TB"]
  let v = n
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}`
}

/** Milliseconds between two timestamps (null when either is missing). */
export function between(
  from: string | Date | null | undefined,
  to: string | Date | null | undefined
): number | null {
  const a = toDate(from)
  const b = toDate(to)
  return a && b ? b.getTime() - a.getTime() : null
}

/** "invoice" → "Invoice", "reconciliation_act" → "Reconciliation act". */
export const humanize = (s: string | null | undefined) =>
  s ? (s.charAt(0).toUpperCase() + s.slice(1)).replace(/_/g, " ") : "—"

/** Today as YYYY-MM-DD in the browser's time zone (default for date inputs). */
export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`
}

/**
 * Normalises a typed amount ("1 500,5" → "1500.5") and checks it: at most 2 decimals, optional
 * sign when `signed`. Returns the string to send, or null when it is not an amount.
 */
export function parseAmount(input: string, opts: { signed?: boolean } = {}): string | null {
  const v = input
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".")
  const re = opts.signed ? /^-?\d+(\.\d{1,2})?$/ : /^\d+(\.\d{1,2})?$/
  return re.test(v) ? v : null
}
