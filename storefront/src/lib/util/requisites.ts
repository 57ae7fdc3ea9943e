/**
 * Russian company requisites checked in the browser before a registration request is sent: the same rules as
 * the backend's `src/modules/company/ru-requisites.ts` (the server stays the authority and names the field it
 * refuses). INN: 10 digits for an organisation, 12 for a sole proprietor, with the tax service's control digits;
 * KPP: 9 characters (4 digits, 2 digits or capital Latin letters, 3 digits).
 */

const digits = (s: string) => s.split("").map(Number)

function innCheck(d: number[], weights: number[]): number {
  return (weights.reduce((sum, w, i) => sum + w * (d[i] ?? 0), 0) % 11) % 10
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

/** Why the INN is refused (in Russian), or null. */
export function innProblem(raw: string): string | null {
  const inn = raw.trim()
  if (!inn) return "Укажите ИНН"
  if (!/^\d+$/.test(inn)) return "ИНН состоит только из цифр"
  if (inn.length !== 10 && inn.length !== 12)
    return "ИНН: 10 цифр у организации или 12 у индивидуального предпринимателя"
  return isValidInn(inn) ? null : "ИНН не проходит проверку контрольных цифр: проверьте его"
}

/** Why the KPP is refused, or null; optional as in the API (a sole proprietor has none). */
export function kppProblem(raw: string): string | null {
  const kpp = raw.trim()
  if (!kpp) return null
  return isValidKpp(kpp) ? null : "КПП: 9 символов — 4 цифры, 2 цифры или латинские буквы, 3 цифры"
}
