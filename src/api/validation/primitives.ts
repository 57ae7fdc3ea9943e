import { z } from "@medusajs/framework/zod"

/**
 * The one place where input is hardened (issue 15): text, number and id primitives every validator
 * under src/api/*-validators.ts builds on, and the scan every body and query passes before zod.
 *
 * - Text never carries a null byte or a control character (Postgres refuses \u0000 in text, which was
 *   a 500); single-line fields also refuse line breaks and tabs, multi-line ones (comments, messages)
 *   keep \n, \r and \t.
 * - Numbers are bounded by the column that stores them: an integer column holds at most 2147483647
 *   (1e12 was a 500), a numeric amount at most 15 integer and 6 decimal digits here.
 */

export const INT4_MIN = -2147483648
export const INT4_MAX = 2147483647
/** The largest quantity one order line may carry (Medusa's line items, one-click, quick order). */
export const MAX_LINE_QUANTITY = 1_000_000

// C0 controls except \t \n \r, and DEL (C1 is left alone: multer hands file names over as latin1, where UTF-8 bytes look like C1)
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const LINE_BREAK_OR_TAB = /[\r\n\t\u2028\u2029]/
// a UTF-16 surrogate without its pair: no valid UTF-8, and Postgres' jsonb refuses "\ud800" (a 500)
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Why a string may not be stored, or null. Multi-line text may hold \n, \r and \t. */
export function textProblem(v: string, multiline = false): string | null {
  if (v.includes("\u0000")) return "must not contain a null byte (\\u0000 control character)"
  const m = CONTROL.exec(v)
  if (m)
    return `must not contain control characters (U+${m[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()} control character)`
  if (LONE_SURROGATE.test(v)) return "must be valid Unicode text (a lone surrogate \\ud800-\\udfff)"
  if (!multiline && LINE_BREAK_OR_TAB.test(v))
    return "must be a single line (no line breaks or tabs)"
  return null
}

type StringParams = Parameters<typeof z.string>[0]

/**
 * Longest single-line value accepted even where a validator sets no max: an indexed text column
 * (one_c_id, number, code…) refuses a btree entry beyond ~2,700 bytes (a 500), 1,000 Cyrillic
 * characters are 2,000 bytes.
 */
export const LINE_MAX = 1000
/** Longest multi-line value without an explicit max (comments, messages). */
export const MULTILINE_MAX = 100_000

/** A single-line string (names, codes, ids, e-mails, phones, addresses). Chain .trim().max() as usual. */
export const line = (params?: StringParams, cap = LINE_MAX) =>
  z.string(params).superRefine((v, ctx) => {
    const p = v.length > cap ? `at most ${cap} characters` : textProblem(v)
    if (p) ctx.addIssue({ code: "custom", message: p, input: v })
  })

/** A multi-line string (comments, messages, notes): \n, \r and \t allowed, other control characters not. */
export const multiline = (params?: StringParams, cap = MULTILINE_MAX) =>
  z.string(params).superRefine((v, ctx) => {
    const p = v.length > cap ? `at most ${cap} characters` : textProblem(v, true)
    if (p) ctx.addIssue({ code: "custom", message: p, input: v })
  })

/** Shorthands: trimmed text with a length bound. */
export const text = (max: number, params?: StringParams) => line(params).trim().max(max)
export const longText = (max: number, params?: StringParams) => multiline(params).trim().max(max)

/** An id of a row (ours or Medusa's): one line, at most 200 characters, not empty. */
export const id = (params?: StringParams) => line(params).trim().min(1).max(200)

type IntOpts = { min?: number; max?: number; message?: string }
const bound = (n: z.ZodNumber, o: IntOpts) => {
  const m = o.message ? { message: o.message } : undefined
  return n
    .int(m)
    .min(Math.max(o.min ?? INT4_MIN, INT4_MIN), m)
    .max(Math.min(o.max ?? INT4_MAX, INT4_MAX), m)
}

/** A whole number that fits an integer column (−2147483648…2147483647), narrowed by min/max. */
export const int = (o: IntOpts = {}, params?: Parameters<typeof z.number>[0]) =>
  bound(z.number(params), o)
/** The same from a query string or a form field ("12"). */
export const coerceInt = (o: IntOpts = {}, params?: Parameters<typeof z.number>[0]) =>
  bound(z.coerce.number(params), o)

/** A decimal written as text ("1234.50", "1234,50"): at most `intDigits` before and `scale` after the point. */
export const DECIMAL_INT_DIGITS = 15
export const DECIMAL_SCALE = 6
export const decimalPattern = (o: { signed?: boolean; intDigits?: number; scale?: number } = {}) =>
  new RegExp(
    `^${o.signed ? "-?" : ""}\\d{1,${o.intDigits ?? DECIMAL_INT_DIGITS}}([.,]\\d{1,${o.scale ?? DECIMAL_SCALE}})?$`
  )

/** Bounds a zod number (already .int()) to an integer column: keeps its own messages and narrower bounds. */
export const int4 = <T extends z.ZodNumber | z.ZodCoercedNumber<any>>(n: T): T =>
  n.min(INT4_MIN).max(INT4_MAX) as T
