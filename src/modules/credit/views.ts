import Decimal from "decimal.js"

/** Exact decimal of a bigNumber field as returned by a module service. */
export const dec = (row: Record<string, any>, field: string): string | null => {
  const raw = row[`raw_${field}`]
  const v = raw && typeof raw === "object" && "value" in raw ? raw.value : row[field]
  return v === null || v === undefined ? null : new Decimal(String(v)).toFixed(2)
}
