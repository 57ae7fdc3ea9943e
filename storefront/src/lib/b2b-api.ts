/**
 * Calls to the portal's buyer API (/store/b2b/*) on behalf of a signed-in buyer: the customer's JWT,
 * the publishable key and the counterparty the buyer acts for. Plain fetch, no browser state: the
 * token lives in an httpOnly cookie and every call is made by the Next.js server.
 */

export const COUNTERPARTY_HEADER = "x-b2b-counterparty"

export type ApiTarget = {
  backendUrl: string
  publishableKey: string | null
  token?: string | null
  counterparty?: string | null
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string }

type Fetch = typeof fetch

/** The message of a Medusa error body ({ message } or { error }), else a generic one per status. */
export function errorMessage(status: number, body: unknown): string {
  const b = body as { message?: unknown; error?: unknown } | null
  const text =
    typeof b?.message === "string" ? b.message : typeof b?.error === "string" ? b.error : ""
  if (text) return text
  if (status === 401) return "Требуется вход"
  if (status === 403) return "Недостаточно прав"
  if (status === 404) return "Не найдено"
  return `Ошибка сервера (HTTP ${status})`
}

/** Builds the URL of a backend path with query parameters (arrays repeat the key; empty values are left out). */
export function apiUrl(
  backendUrl: string,
  path: string,
  query: Record<string, string | number | string[] | undefined | null> = {}
): string {
  const url = new URL(path, backendUrl.endsWith("/") ? backendUrl : `${backendUrl}/`)
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "") continue
    for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, String(one))
  }
  return url.toString()
}

export function apiHeaders(
  t: ApiTarget,
  extra: Record<string, string> = {}
): Record<string, string> {
  const h: Record<string, string> = { accept: "application/json", ...extra }
  if (t.publishableKey) h["x-publishable-api-key"] = t.publishableKey
  if (t.token) h.authorization = `Bearer ${t.token}`
  if (t.counterparty) h[COUNTERPARTY_HEADER] = t.counterparty
  return h
}

/** GET a buyer API path; never throws: network failures are status 0 with a reason. */
export async function apiGet<T>(
  t: ApiTarget,
  path: string,
  query: Record<string, string | number | string[] | undefined | null> = {},
  fetchImpl: Fetch = fetch
): Promise<ApiResult<T>> {
  try {
    const r = await fetchImpl(apiUrl(t.backendUrl, path, query), {
      headers: apiHeaders(t),
      cache: "no-store",
    })
    const body = await r.json().catch(() => null)
    if (!r.ok) return { ok: false, status: r.status, message: errorMessage(r.status, body) }
    return { ok: true, data: body as T }
  } catch (e) {
    return {
      ok: false,
      status: 0,
      message: `Сервер портала недоступен (${t.backendUrl}): ${(e as Error).message}`,
    }
  }
}

/**
 * E-mail and password sign-in of a customer: the JWT, or a message for the form. `forwardedFor` is the
 * X-Forwarded-For this server received (the buyer's address as the proxies in front of the storefront recorded
 * it): passed on, so the backend's sign-in throttling can count per buyer address when B2B_TRUST_PROXY_HOPS
 * counts those proxies, instead of seeing the storefront's own address for every buyer. A 429 (too many failed
 * attempts) tells the buyer how long to wait (Retry-After).
 */
export async function login(
  t: ApiTarget,
  email: string,
  password: string,
  fetchImpl: Fetch = fetch,
  forwardedFor?: string | null
): Promise<{ ok: true; token: string } | { ok: false; message: string }> {
  const mail = email.trim()
  if (!mail || !/^[^\s@]+@[^\s@]+$/.test(mail)) return { ok: false, message: "Укажите e-mail" }
  if (!password) return { ok: false, message: "Укажите пароль" }
  try {
    const r = await fetchImpl(apiUrl(t.backendUrl, "/auth/customer/emailpass"), {
      method: "POST",
      headers: apiHeaders(
        { ...t, token: null, counterparty: null },
        {
          "content-type": "application/json",
          ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
        }
      ),
      body: JSON.stringify({ email: mail, password }),
      cache: "no-store",
    })
    const body = (await r.json().catch(() => null)) as {
      token?: unknown
      location?: unknown
    } | null
    if (r.status === 401) return { ok: false, message: "Неверный e-mail или пароль" }
    if (r.status === 429) {
      const minutes = Math.max(
        1,
        Math.ceil(Number(r.headers?.get?.("retry-after") ?? 60) / 60) || 1
      )
      return {
        ok: false,
        message: `Слишком много неудачных попыток входа. Повторите через ${minutes} мин.`,
      }
    }
    if (!r.ok) return { ok: false, message: errorMessage(r.status, body) }
    if (typeof body?.token !== "string")
      return { ok: false, message: "Вход не завершён: сервер не выдал токен" }
    return { ok: true, token: body.token }
  } catch (e) {
    return {
      ok: false,
      message: `Сервер портала недоступен (${t.backendUrl}): ${(e as Error).message}`,
    }
  }
}

/** POST (JSON body) or DELETE a buyer API path; never throws, like apiGet. */
export async function apiSend<T>(
  t: ApiTarget,
  method: "POST" | "DELETE",
  path: string,
  body?: unknown,
  fetchImpl: Fetch = fetch
): Promise<ApiResult<T>> {
  try {
    const r = await fetchImpl(apiUrl(t.backendUrl, path), {
      method,
      headers: apiHeaders(t, body === undefined ? {} : { "content-type": "application/json" }),
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    })
    const data = await r.json().catch(() => null)
    if (!r.ok) return { ok: false, status: r.status, message: errorMessage(r.status, data) }
    return { ok: true, data: data as T }
  } catch (e) {
    return {
      ok: false,
      status: 0,
      message: `Сервер портала недоступен (${t.backendUrl}): ${(e as Error).message}`,
    }
  }
}
