/** Pure quantity rules (MOQ, multiples, units): shared by cart validation and quick order. */
export type Unit = { code: string; name: string; coefficient: number }
export type Terms = { min_quantity: number; multiple: number; base_unit: string; units: Unit[] }

export const DEFAULT_TERMS: Terms = { min_quantity: 1, multiple: 1, base_unit: "шт", units: [] }

/** Converts a quantity in a packaging unit to base units (box of 12 × 3 = 36). */
export function toBaseUnits(
  terms: Terms,
  quantity: number,
  unitCode?: string | null
): number | { error: string } {
  if (!unitCode || unitCode === terms.base_unit) return quantity
  const u = terms.units.find(
    (x) =>
      x.code.toLowerCase() === unitCode.toLowerCase() ||
      x.name.toLowerCase() === unitCode.toLowerCase()
  )
  if (!u)
    return {
      error: `unknown unit "${unitCode}" (known: ${[terms.base_unit, ...terms.units.map((x) => x.code)].join(", ")})`,
    }
  return quantity * u.coefficient
}

/** Why a quantity (in base units) is not orderable, or null when it is. */
export function quantityProblem(terms: Terms, quantity: number): string | null {
  if (!Number.isInteger(quantity) || quantity <= 0)
    return "quantity must be a positive whole number"
  if (quantity < terms.min_quantity) return `minimum ${terms.min_quantity} ${terms.base_unit}`
  if (terms.multiple > 1 && quantity % terms.multiple !== 0)
    return `multiples of ${terms.multiple} ${terms.base_unit}`
  return null
}

/** The smallest orderable quantity: the MOQ rounded up to the multiple (quick order's default). */
export function defaultQuantity(terms: Terms): number {
  const m = Math.max(1, terms.multiple)
  return Math.ceil(Math.max(1, terms.min_quantity) / m) * m
}
