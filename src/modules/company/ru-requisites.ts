/**
 * Russian company requisites: INN (10 digits for organisations, 12 for sole proprietors), KPP
 * (9 characters), OGRN (13) / OGRNIP (15), each with the control digits the tax service defines.
 */
const digits = (s: string) => s.split("").map(Number)

function innCheck(d: number[], weights: number[]): number {
  return (weights.reduce((sum, w, i) => sum + w * d[i], 0) % 11) % 10
}

export function isValidInn(inn: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(inn)) return false
  const d = digits(inn)
  if (inn.length === 10) return innCheck(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9]
  return (
    innCheck(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] &&
    innCheck(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11]
  )
}

export const isValidKpp = (kpp: string) => /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp)

export function isValidOgrn(ogrn: string): boolean {
  if (/^\d{13}$/.test(ogrn))
    return Number((BigInt(ogrn.slice(0, 12)) % 11n) % 10n) === Number(ogrn[12])
  if (/^\d{15}$/.test(ogrn))
    return Number((BigInt(ogrn.slice(0, 14)) % 13n) % 10n) === Number(ogrn[14])
  return false
}

/** Makes a valid 10-digit INN from 9 leading digits (used by the demo seed and tests). */
export function innFrom9(nine: string): string {
  if (!/^\d{9}$/.test(nine)) throw new Error("innFrom9 needs 9 digits")
  const d = digits(nine)
  return nine + innCheck(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])
}

/** Makes a valid 13-digit OGRN from 12 leading digits. */
export function ogrnFrom12(twelve: string): string {
  return twelve + String(Number((BigInt(twelve) % 11n) % 10n))
}
