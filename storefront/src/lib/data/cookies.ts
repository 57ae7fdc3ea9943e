import "server-only"

import { cookies } from "next/headers"

import { cookieSecure } from "../config"

/** The customer's JWT: httpOnly, never readable by page scripts. */
export const TOKEN_COOKIE = "b2b_token"
/** The buyer's open cart (its id; the backend checks it belongs to the buyer's counterparty). */
export const CART_COOKIE = "b2b_cart"
/** The counterparty the buyer acts for (the backend checks membership on every call). */
export const COUNTERPARTY_COOKIE = "b2b_counterparty"
/** The header that names the counterparty the buyer acts for. */
export const COUNTERPARTY_HEADER = "x-b2b-counterparty"

const options = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: cookieSecure(),
  maxAge: 60 * 60 * 24,
})

export async function getAuthToken(): Promise<string | null> {
  return (await cookies()).get(TOKEN_COOKIE)?.value ?? null
}

/** The buyer's session for a backend call: the JWT and the acting counterparty (each only when set). */
export async function getAuthHeaders(): Promise<Record<string, string>> {
  const jar = await cookies()
  const token = jar.get(TOKEN_COOKIE)?.value
  const counterparty = jar.get(COUNTERPARTY_COOKIE)?.value
  return {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(counterparty ? { [COUNTERPARTY_HEADER]: counterparty } : {}),
  }
}

/**
 * A new session: the token, acting for the default counterparty, no cart — unless `keep` (the same person
 * signing in again after their session expired: their counterparty and open cart stay).
 */
export async function setAuthToken(token: string, keep = false): Promise<void> {
  const jar = await cookies()
  jar.set(TOKEN_COOKIE, token, options())
  if (keep) return
  jar.delete(COUNTERPARTY_COOKIE)
  jar.delete(CART_COOKIE)
}

/** The acting counterparty's cookie (null: the default one). */
export async function getCounterparty(): Promise<string | null> {
  return (await cookies()).get(COUNTERPARTY_COOKIE)?.value ?? null
}

export async function clearSession(): Promise<void> {
  const jar = await cookies()
  jar.delete(TOKEN_COOKIE)
  jar.delete(COUNTERPARTY_COOKIE)
  jar.delete(CART_COOKIE)
}

/**
 * Acts for another counterparty (null: the default one). The cart cookie stays: the caller moves the cart to
 * the new counterparty (`switchCounterparty`) and lets it go only when the backend refuses the move.
 */
export async function setCounterparty(id: string | null): Promise<void> {
  const jar = await cookies()
  if (id) jar.set(COUNTERPARTY_COOKIE, id, options())
  else jar.delete(COUNTERPARTY_COOKIE)
}

export async function getCartId(): Promise<string | null> {
  return (await cookies()).get(CART_COOKIE)?.value ?? null
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, options())
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}
