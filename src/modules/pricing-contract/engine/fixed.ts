/**
 * Exact money arithmetic on scaled integers (no floating point ever touches a price).
 * Amounts are minor units (kopecks) held in JS numbers only while they are safe integers;
 * factors (discounts, markups, multipliers) and exchange rates are scaled by 1e6.
 * Products of two scaled values go through BigInt when they could leave the safe range.
 */
export const FACTOR_SCALE = 1_000_000
const FACTOR_SCALE_N = 1_000_000n

/** Parses a decimal string ("1234.5", "1 234,50", "-3") into an integer scaled by 10^scale. */
export function parseScaled(input: string | number, scale: number, what = "value"): number {
  const s = String(input).trim().replace(/\s/g, "").replace(",", ".")
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s)
  if (!m) throw new Error(`${what}: "${input}" is not a decimal number`)
  const [, sign, int, frac = ""] = m
  if (frac.length > scale && /[^0]/.test(frac.slice(scale))) {
    // round half-up on the first dropped digit
    const kept = BigInt(int + frac.slice(0, scale).padEnd(scale, "0"))
    const up = Number(frac[scale]) >= 5 ? 1n : 0n
    return toSafe((kept + up) * (sign ? -1n : 1n), what)
  }
  return toSafe(BigInt(int + frac.slice(0, scale).padEnd(scale, "0")) * (sign ? -1n : 1n), what)
}

function toSafe(v: bigint, what: string): number {
  const n = Number(v)
  if (!Number.isSafeInteger(n)) throw new Error(`${what}: out of range`)
  return n
}

/** Formats an integer scaled by 10^scale as a decimal string ("123456", 2 → "1234.56"). */
export function formatScaled(v: number, scale: number): string {
  const neg = v < 0
  const s = String(Math.abs(v)).padStart(scale + 1, "0")
  const out = scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s
  return neg ? `-${out}` : out
}

/** Rounds n / d to the nearest integer, halves away from zero (d > 0). */
function divRound(n: bigint, d: bigint): bigint {
  const q = n / d
  const r = n % d
  if (r === 0n) return q
  const twice = (r < 0n ? -r : r) * 2n
  if (twice >= d) return n < 0n ? q - 1n : q + 1n
  return q
}

const SAFE_PRODUCT = Number.MAX_SAFE_INTEGER

/** amount × factor / 1e6, rounded half-up: a percentage or multiplier applied to minor units. */
export function applyFactor(amount: number, factor: number): number {
  const p = amount * factor
  if (Math.abs(p) < SAFE_PRODUCT) {
    // exact: both operands are integers and so is their product while it is a safe integer
    const q = Math.trunc(p / FACTOR_SCALE)
    const r = p - q * FACTOR_SCALE
    if (r === 0) return q
    return Math.abs(r) * 2 >= FACTOR_SCALE ? q + Math.sign(p) : q
  }
  return Number(divRound(BigInt(amount) * BigInt(factor), FACTOR_SCALE_N))
}

/** Converts minor units between currencies: amount × rateFrom / rateTo (rates = base currency per unit, ×1e6). */
export function convert(
  amount: number,
  rateFrom: number,
  rateTo: number,
  minorFrom = 2,
  minorTo = 2
): number {
  const num = BigInt(amount) * BigInt(rateFrom) * 10n ** BigInt(minorTo)
  const den = BigInt(rateTo) * 10n ** BigInt(minorFrom)
  return Number(divRound(num, den))
}

/** Rounds minor units to a multiple of `step` (e.g. 100 = whole roubles), halves up. */
export function roundToStep(amount: number, step: number): number {
  if (step <= 1) return amount
  const q = Math.trunc(amount / step)
  const r = amount - q * step
  if (r === 0) return amount
  return (Math.abs(r) * 2 >= step ? q + Math.sign(amount) : q) * step
}

/**
 * Percentages are parsed with 4 decimals ("3.5" → 35000), which is exactly their share of
 * FACTOR_SCALE (100 % = 1e6), so a discount or markup is a factor without any division.
 */
export const PERCENT_SCALE = 4
export const discountFactor = (percent4: number) => FACTOR_SCALE - percent4
export const markupFactor = (percent4: number) => FACTOR_SCALE + percent4
