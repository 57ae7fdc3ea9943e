/** The result of a call to the backend: its data, or the status and a message for the buyer (never thrown). */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string }

/** Query parameters of a backend call (arrays repeat the key; empty values are left out). */
export type Query = Record<string, string | number | string[] | undefined | null>
