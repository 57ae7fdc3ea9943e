/**
 * The admin bundle's only way to the backend: same-origin HTTP with the admin session cookie.
 * JSON in and out; a non-2xx answer becomes an ApiError carrying the backend's message.
 */

export type Query = Record<string, string | number | boolean | null | undefined>

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = "ApiError"
  }
}

type Options = {
  method?: "GET" | "POST" | "DELETE"
  /** a plain object is sent as JSON, FormData as multipart */
  body?: unknown
  query?: Query
  signal?: AbortSignal
}

/** `/admin/x` + `?a=1&b=2`, skipping empty values. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v))
  const s = params.toString()
  return s ? `${path}${path.includes("?") ? "&" : "?"}${s}` : path
}

async function messageOf(res: Response): Promise<string> {
  const text = await res.text().catch(() => "")
  try {
    const body = JSON.parse(text)
    if (typeof body?.message === "string" && body.message) return body.message
    if (typeof body?.error === "string" && body.error) return body.error
  } catch {
    /* not JSON */
  }
  return text.trim().slice(0, 300) || `${res.status} ${res.statusText}`
}

async function send(path: string, opts: Options): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json" }
  let body: BodyInit | undefined
  if (opts.body instanceof FormData) body = opts.body
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body)
    headers["Content-Type"] = "application/json"
  }
  const res = await fetch(withQuery(path, opts.query), {
    method: opts.method ?? (opts.body === undefined ? "GET" : "POST"),
    credentials: "include",
    headers,
    body,
    signal: opts.signal,
  })
  if (!res.ok) throw new ApiError(await messageOf(res), res.status)
  return res
}

/** JSON request; resolves with the parsed answer (undefined for an empty body). */
export async function api<T>(path: string, opts: Options = {}): Promise<T> {
  const res = await send(path, opts)
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/** Binary answer (PDF download, template preview). */
export async function apiBlob(path: string, opts: Options = {}): Promise<Blob> {
  return (await send(path, opts)).blob()
}

export const isAbort = (e: unknown) => e instanceof DOMException && e.name === "AbortError"

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  return typeof e === "string" ? e : "Unexpected error"
}

/**
 * Shows a blob in a new tab. Call `prepareTab()` synchronously in the click handler (before any
 * await) so popup blockers let the tab open, then hand it to `showBlob`.
 */
export const prepareTab = (): Window | null => window.open("", "_blank")

export function showBlob(blob: Blob, tab: Window | null, filename = "document.pdf") {
  const url = URL.createObjectURL(blob)
  if (tab && !tab.closed) tab.location.href = url
  else {
    const a = document.createElement("a")
    a.href = url
    a.download = filename
    a.click()
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
