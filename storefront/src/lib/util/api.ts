/** Pure helpers of the backend calls (tested): URLs with queries, error messages, sign-in input. */

import type { Query } from "@/types/api"

/** A backend path with its query (arrays repeat the key; empty values are left out). */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "") continue
    for (const one of Array.isArray(v) ? v : [v]) params.append(k, String(one))
  }
  const s = params.toString()
  return s ? `${path}${path.includes("?") ? "&" : "?"}${s}` : path
}

/** The backend's message (a Medusa error body's), else a generic one per status. */
export function errorMessage(status: number, message: string | null | undefined): string {
  if (message) return message
  if (status === 401) return "Требуется вход"
  if (status === 403) return "Недостаточно прав"
  if (status === 404) return "Не найдено"
  return `Ошибка сервера (HTTP ${status})`
}

export const unreachable = (backendUrl: string, reason: string) =>
  `Сервер портала недоступен (${backendUrl}): ${reason}`

/** The sign-in form's input refused before any call: a message, else null. */
export function loginInputError(email: string, password: string): string | null {
  const mail = email.trim()
  if (!mail || !/^[^\s@]+@[^\s@]+$/.test(mail)) return "Укажите e-mail"
  if (!password) return "Укажите пароль"
  return null
}

/**
 * A refused sign-in in words. 401: wrong credentials; 429 (too many failed attempts): how long to wait, in
 * whole minutes as the backend's message gives them ("… Try again in 14 min"), at least 1.
 */
export function loginRefusal(status: number, message: string | null | undefined): string {
  if (status === 401) return "Неверный e-mail или пароль"
  if (status === 429) {
    const minutes = Math.max(1, Number(/(\d+)\s*min/.exec(message ?? "")?.[1] ?? 1) || 1)
    return `Слишком много неудачных попыток входа. Повторите через ${minutes} мин.`
  }
  return errorMessage(status, message)
}
