"use server"

import { headers } from "next/headers"
import { redirect } from "next/navigation"

import { getSdk } from "../config"
import { safeNext } from "../util/account"
import { loginInputError, loginRefusal } from "../util/api"
import { tokenCustomer } from "../util/session"
import { attempt, failure, sessionGone } from "./fetch"
import {
  COUNTERPARTY_HEADER,
  clearSession,
  getAuthToken,
  getCartId,
  getCounterparty,
  removeCartId,
  setAuthToken,
  setCounterparty,
} from "./cookies"

export type LoginState = { error: string | null; email: string }

export async function isSignedIn(): Promise<boolean> {
  return !!(await getAuthToken())
}

/**
 * E-mail and password sign-in of a customer: the JWT, or a message for the form. `forwardedFor` is the
 * X-Forwarded-For this server received (the buyer's address as the proxies in front of the storefront recorded
 * it): passed on, so the backend's sign-in throttling can count per buyer address when B2B_TRUST_PROXY_HOPS
 * counts those proxies, instead of seeing the storefront's own address for every buyer. A 429 (too many failed
 * attempts) tells the buyer how long to wait.
 */
export async function login(
  email: string,
  password: string,
  forwardedFor?: string | null
): Promise<{ ok: true; token: string } | { ok: false; message: string }> {
  const refused = loginInputError(email, password)
  if (refused) return { ok: false, message: refused }
  const { sdk } = getSdk()
  try {
    const body = await sdk.client.fetch<{ token?: unknown } | null>("/auth/customer/emailpass", {
      method: "POST",
      body: { email: email.trim(), password },
      headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
      cache: "no-store",
    })
    if (typeof body?.token !== "string")
      return { ok: false, message: "Вход не завершён: сервер не выдал токен" }
    return { ok: true, token: body.token }
  } catch (e) {
    const f = failure(e)
    const own = (e as { message?: unknown }).message
    return {
      ok: false,
      message: f.status ? loginRefusal(f.status, typeof own === "string" ? own : null) : f.message,
    }
  }
}

export async function signIn(_prev: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "")
  const forwardedFor = (await headers()).get("x-forwarded-for")
  const r = await login(email, String(form.get("password") ?? ""), forwardedFor)
  if (!r.ok) return { error: r.message, email }
  await setAuthToken(r.token, await ownOpenCart(r.token))
  redirect(safeNext(form.get("next")))
}

/**
 * Whether the cart of the cookie is the cart of the person the new token names, for the counterparty of the
 * cookie (the same buyer signing in again after an expired session, sent back to their cart): then it and the
 * acting counterparty stay. The buyer API answers that (`/store/b2b/carts/:id/totals` is 404 for another
 * person's cart or another counterparty's); Medusa's cart read does not show its customer.
 */
async function ownOpenCart(token: string): Promise<boolean> {
  const cartId = await getCartId()
  if (!cartId || !tokenCustomer(token)) return false
  const counterparty = await getCounterparty()
  const { sdk } = getSdk()
  const r = await attempt(() =>
    sdk.client.fetch(`/store/b2b/carts/${encodeURIComponent(cartId)}/totals`, {
      headers: {
        authorization: `Bearer ${token}`,
        ...(counterparty ? { [COUNTERPARTY_HEADER]: counterparty } : {}),
      },
      cache: "no-store",
    })
  )
  return r.ok
}

export async function signOut() {
  await clearSession()
  redirect("/login")
}

/**
 * The open cart goes with the buyer to the counterparty they now act for
 * (`POST /store/b2b/carts/:id/counterparty`: moved and re-priced by the new company's contract); a cart the
 * backend will not move (completed, or of a counterparty withdrawn from the buyer) is let go. Says whether the
 * cart was kept.
 */
async function carryCart(counterparty: string | null): Promise<boolean> {
  const [cartId, token] = await Promise.all([getCartId(), getAuthToken()])
  if (!cartId || !token) return false
  const { sdk } = getSdk()
  // the counterparty named here, not read back from the cookie this action has just set
  const r = await attempt(() =>
    sdk.client.fetch(`/store/b2b/carts/${encodeURIComponent(cartId)}/counterparty`, {
      method: "POST",
      body: {},
      headers: {
        authorization: `Bearer ${token}`,
        ...(counterparty ? { [COUNTERPARTY_HEADER]: counterparty } : {}),
      },
      cache: "no-store",
    })
  )
  if (!r.ok && r.status === 401) await sessionGone()
  if (!r.ok) {
    // the buyer goes on with an empty cart: what the backend said is kept for whoever looks into it
    console.warn(
      `b2b: the cart ${cartId} did not move to the counterparty (${r.status}): ${r.message}`
    )
    await removeCartId()
  }
  return r.ok
}

/**
 * Acts for another of the buyer's counterparties (the backend refuses one the buyer is not a member of); the
 * open cart moves with them and is re-priced.
 */
export async function switchCounterparty(form: FormData) {
  const id = String(form.get("legal_entity_id") ?? "")
  if (/^[\w-]{1,64}$/.test(id)) {
    await setCounterparty(id)
    await carryCart(id)
  }
  redirect(safeNext(form.get("back")))
}

/** Back to the default counterparty (e.g. after the chosen one was withdrawn from the buyer); the cart follows. */
export async function resetCounterparty() {
  await setCounterparty(null)
  await carryCart(null)
  redirect("/account")
}
