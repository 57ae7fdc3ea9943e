"use server"

import { headers } from "next/headers"
import { redirect } from "next/navigation"

import { getSdk } from "../config"
import { safeNext } from "../util/account"
import { loginInputError, loginRefusal } from "../util/api"
import { failure } from "./fetch"
import { clearSession, getAuthToken, setAuthToken, setCounterparty } from "./cookies"

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
  await setAuthToken(r.token)
  redirect(safeNext(form.get("next")))
}

export async function signOut() {
  await clearSession()
  redirect("/login")
}

/** Acts for another of the buyer's counterparties (the backend refuses one the buyer is not a member of). */
export async function switchCounterparty(form: FormData) {
  const id = String(form.get("legal_entity_id") ?? "")
  // a cart belongs to one counterparty: the next quick order opens one for the new counterparty
  if (/^[\w-]{1,64}$/.test(id)) await setCounterparty(id)
  redirect(safeNext(form.get("back")))
}

/** Back to the default counterparty (e.g. after the chosen one was withdrawn from the buyer). */
export async function resetCounterparty() {
  await setCounterparty(null)
  redirect("/account")
}
