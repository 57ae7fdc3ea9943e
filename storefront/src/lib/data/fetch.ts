import "server-only"

import { headers } from "next/headers"
import { redirect } from "next/navigation"

import type { ApiResult, Query } from "@/types/api"

import { getSdk } from "../config"
import { errorMessage, unreachable, withQuery } from "../util/api"
import { expiredLogin } from "../util/session"
import { getAuthHeaders, getAuthToken } from "./cookies"

/** A status and message from what the SDK threw: FetchError carries the status; anything else is the network. */
export function failure(e: unknown): { ok: false; status: number; message: string } {
  const err = e as { status?: unknown; statusText?: unknown; message?: unknown } | null
  if (typeof err?.status === "number") {
    // without a message in the body the SDK's message is the status text: say it in words instead
    const own =
      typeof err.message === "string" && err.message !== err.statusText ? err.message : null
    return { ok: false, status: err.status, message: errorMessage(err.status, own) }
  }
  const reason = e instanceof Error ? e.message : String(e)
  return { ok: false, status: 0, message: unreachable(getSdk().config.backendUrl, reason) }
}

/** Runs an SDK call; never throws. */
export async function attempt<T>(call: () => Promise<T>): Promise<ApiResult<T>> {
  try {
    return { ok: true, data: await call() }
  } catch (e) {
    return failure(e)
  }
}

/**
 * The buyer's session is no longer good (the backend answered 401 to the token: expired, refused, not a JWT):
 * to the sign-in page, which drops the token (see the middleware) and brings the buyer back to the page they
 * were on (`x-b2b-path`, which the middleware sets on every page) — never a page without prices or a raw
 * backend message.
 */
export async function sessionGone(back?: string): Promise<never> {
  redirect(expiredLogin(back ?? (await headers()).get("x-b2b-path") ?? "/"))
}

/**
 * A call to the portal's buyer API (/store/b2b/*) on behalf of the signed-in buyer: the SDK client with the
 * buyer's token and acting counterparty. Never throws; a 401 to a token the buyer holds (expired, refused)
 * sends them to sign in and back (`sessionGone`). Query arrays repeat the key (`variant_id=…&variant_id=…`).
 */
export async function b2bFetch<T>(
  path: string,
  init: { method?: "GET" | "POST" | "DELETE"; query?: Query; body?: Record<string, unknown> } = {}
): Promise<ApiResult<T>> {
  const { sdk } = getSdk()
  const auth = await getAuthHeaders()
  const r = await attempt(() =>
    sdk.client.fetch<T>(withQuery(path, init.query), {
      method: init.method ?? "GET",
      body: init.body,
      headers: auth,
      cache: "no-store",
    })
  )
  if (!r.ok && r.status === 401 && auth.authorization) await sessionGone()
  return r
}

/**
 * A buyer API read for an account page: without a session, or when the backend no longer accepts it
 * (expired token), the buyer is sent to the login page and back here afterwards.
 */
export async function accountFetch<T>(
  path: string,
  query: Query = {},
  backTo?: string
): Promise<ApiResult<T>> {
  // the page asked for, as the middleware passed it on (a layout does not know its page's path)
  const back = backTo ?? (await headers()).get("x-b2b-path") ?? "/account"
  if (!(await getAuthToken())) redirect(`/login?next=${encodeURIComponent(back)}`)
  const r = await b2bFetch<T>(path, { query })
  if (!r.ok && r.status === 401) redirect(`/login?next=${encodeURIComponent(back)}&expired=1`)
  return r
}
