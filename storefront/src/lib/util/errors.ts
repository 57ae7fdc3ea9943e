/** Human-readable (Russian) reasons for failed store API calls. */

export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`timed out after ${ms} ms`)
    this.name = "TimeoutError"
  }
}

/** Rejects with TimeoutError if `promise` does not settle within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export const MISSING_KEY_REASON =
  "Не задан ключ MEDUSA_PUBLISHABLE_KEY. Создайте publishable API key в админке Medusa " +
  "(Settings → Publishable API Keys), привяжите его к каналу продаж и перезапустите " +
  "витрину с переменной окружения MEDUSA_PUBLISHABLE_KEY=pk_…"

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
])

function networkCode(err: unknown): string | null {
  let current: unknown = err
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === "string" && NETWORK_CODES.has(code)) return code
    // AggregateError (e.g. localhost resolving to ::1 and 127.0.0.1)
    const inner = (current as { errors?: unknown }).errors
    if (Array.isArray(inner)) {
      for (const e of inner) {
        const c = networkCode(e)
        if (c) return c
      }
    }
    current = (current as { cause?: unknown }).cause
  }
  return null
}

/** Describes why a call to the Medusa store API failed. */
export function describeError(err: unknown, backendUrl: string): string {
  if (err instanceof TimeoutError) {
    return `Бэкенд Medusa (${backendUrl}) не ответил за ${Math.round(err.ms / 1000)} с.`
  }

  const code = networkCode(err)
  if (code) {
    return `Бэкенд Medusa недоступен по адресу ${backendUrl} (${code}). Проверьте, что он запущен, и значение MEDUSA_BACKEND_URL.`
  }

  const status = (err as { status?: unknown } | null)?.status
  const message =
    err instanceof Error ? err.message : typeof err === "string" ? err : "неизвестная ошибка"

  if (typeof status === "number") {
    if (/publishable/i.test(message) || status === 401 || status === 403) {
      return `Бэкенд отклонил ключ MEDUSA_PUBLISHABLE_KEY (HTTP ${status}): ${message}`
    }
    return `Бэкенд Medusa вернул ошибку HTTP ${status}: ${message}`
  }

  if (err instanceof TypeError && /fetch failed/i.test(message)) {
    return `Не удалось связаться с бэкендом Medusa по адресу ${backendUrl}: ${message}`
  }
  return `Ошибка запроса к бэкенду Medusa (${backendUrl}): ${message}`
}
