"use server"

import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"

import { safeNext } from "@/lib/account"
import { login } from "@/lib/b2b-api"
import { readConfig } from "@/lib/config"
import { CART_COOKIE, COUNTERPARTY_COOKIE, TOKEN_COOKIE, cookieOptions } from "@/lib/session"

export type LoginState = { error: string | null; email: string }

export async function signIn(_prev: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "")
  const config = readConfig()
  const forwardedFor = (await headers()).get("x-forwarded-for")
  const r = await login(
    { backendUrl: config.backendUrl, publishableKey: config.publishableKey },
    email,
    String(form.get("password") ?? ""),
    fetch,
    forwardedFor
  )
  if (!r.ok) return { error: r.message, email }
  const jar = await cookies()
  jar.set(TOKEN_COOKIE, r.token, cookieOptions())
  jar.delete(COUNTERPARTY_COOKIE)
  jar.delete(CART_COOKIE)
  redirect(safeNext(form.get("next")))
}

export async function signOut() {
  const jar = await cookies()
  jar.delete(TOKEN_COOKIE)
  jar.delete(COUNTERPARTY_COOKIE)
  jar.delete(CART_COOKIE)
  redirect("/login")
}

/** Acts for another of the buyer's counterparties (the backend refuses one the buyer is not a member of). */
export async function switchCounterparty(form: FormData) {
  const id = String(form.get("legal_entity_id") ?? "")
  const jar = await cookies()
  if (/^[\w-]{1,64}$/.test(id)) {
    jar.set(COUNTERPARTY_COOKIE, id, cookieOptions())
    // a cart belongs to one counterparty: the next quick order opens one for the new counterparty
    jar.delete(CART_COOKIE)
  }
  redirect(safeNext(form.get("back")))
}

/** Back to the default counterparty (e.g. after the chosen one was withdrawn from the buyer). */
export async function resetCounterparty() {
  const jar = await cookies()
  jar.delete(COUNTERPARTY_COOKIE)
  jar.delete(CART_COOKIE)
  redirect("/account")
}
