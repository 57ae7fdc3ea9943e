import "server-only"

import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"

import { type ApiResult, type ApiTarget, apiGet } from "./b2b-api"
import { readConfig } from "./config"

/** The customer's JWT: httpOnly, never readable by page scripts. */
export const TOKEN_COOKIE = "b2b_token"
/** The buyer's open cart (its id; the backend checks it belongs to the buyer's counterparty). */
export const CART_COOKIE = "b2b_cart"
/** The counterparty the buyer acts for (the backend checks membership on every call). */
export const COUNTERPARTY_COOKIE = "b2b_counterparty"

export const cookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  // a Secure cookie is dropped over plain http://localhost (the demo)
  secure: process.env.COOKIE_SECURE
    ? process.env.COOKIE_SECURE === "true"
    : process.env.NODE_ENV === "production" &&
      !/^http:\/\/localhost\b/.test(process.env.STOREFRONT_URL ?? "http://localhost"),
  maxAge: 60 * 60 * 24,
})

export async function apiTarget(): Promise<ApiTarget> {
  const config = readConfig()
  const jar = await cookies()
  return {
    backendUrl: config.backendUrl,
    publishableKey: config.publishableKey,
    token: jar.get(TOKEN_COOKIE)?.value ?? null,
    counterparty: jar.get(COUNTERPARTY_COOKIE)?.value ?? null,
  }
}

export async function isSignedIn(): Promise<boolean> {
  return !!(await cookies()).get(TOKEN_COOKIE)?.value
}

/**
 * A buyer API read for an account page: without a session, or when the backend no longer accepts
 * it (expired token), the buyer is sent to the login page and back here afterwards.
 */
export async function accountGet<T>(
  path: string,
  query: Record<string, string | number | string[] | undefined | null> = {},
  backTo?: string
): Promise<ApiResult<T>> {
  // the page asked for, as the middleware passed it on (a layout does not know its page's path)
  const back = backTo ?? (await headers()).get("x-b2b-path") ?? "/account"
  const t = await apiTarget()
  if (!t.token) redirect(`/login?next=${encodeURIComponent(back)}`)
  const r = await apiGet<T>(t, path, query)
  if (!r.ok && r.status === 401) redirect(`/login?next=${encodeURIComponent(back)}&expired=1`)
  return r
}
