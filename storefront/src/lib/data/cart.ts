"use server"

import { headers } from "next/headers"
import { redirect } from "next/navigation"

import type { Cart, MoneyTotals, QuickRowResult } from "@/types/cart"

import { getSdk } from "../config"
import { parseQuantity, quickOrderReport } from "../util/cart-view"
import { getAuthHeaders, getCartId, removeCartId, setCartId } from "./cookies"
import { attempt, b2bFetch, sessionGone } from "./fetch"

export type QuickState = {
  added: number | null
  problems: string[]
  error: string | null
  text: string
}
export type PlaceState = { error: string | null; order_id: string | null }
export type LineState = { error: string | null }
export type AddState = { error: string | null; added: string | null }
export type ReorderState = { added: number | null; problems: string[]; error: string | null }

const CART_FIELDS = "id,currency_code,completed_at,total,subtotal,tax_total,*items"

/**
 * The buyer's open cart with its net / VAT / gross from the backend's one money rule
 * (`/store/b2b/carts/:id/totals`); null when there is none open.
 */
export async function retrieveCart(): Promise<{ cart: Cart | null; totals: MoneyTotals | null }> {
  const id = await getCartId()
  if (!id) return { cart: null, totals: null }
  const { sdk } = getSdk()
  const auth = await getAuthHeaders()
  const r = await attempt(() => sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, auth))
  // a cart the backend no longer shows this token (a company cart is 404 to a refused token, taken for no one's):
  // whether the session itself is gone is asked once (a 401 there sends to sign in and back)
  if (!r.ok && auth.authorization) {
    if (r.status === 401) await sessionGone()
    await b2bFetch("/store/b2b/me")
  }
  // HttpTypes' cart is wider than the page's view of it; only the fields asked for are read
  const cart: Cart | null = r.ok && !r.data.cart.completed_at ? (r.data.cart as Cart) : null
  if (!cart?.items?.length) return { cart, totals: null }
  const t = await b2bFetch<{ totals: MoneyTotals }>(
    `/store/b2b/carts/${encodeURIComponent(cart.id)}/totals`
  )
  return { cart, totals: t.ok ? t.data.totals : null }
}

/** The buyer's open cart: the one in the cookie while it is open, else a new one (created for the acting counterparty). */
async function openCart(): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const auth = await getAuthHeaders()
  if (!auth.authorization)
    redirect(`/login?next=${encodeURIComponent((await headers()).get("x-b2b-path") ?? "/cart")}`)
  const { sdk } = getSdk()
  const known = await getCartId()
  if (known) {
    const r = await attempt(() =>
      sdk.store.cart.retrieve(known, { fields: "id,completed_at" }, auth)
    )
    if (r.ok && !r.data.cart.completed_at) return { ok: true, id: known }
  }
  const created = await attempt(() => sdk.store.cart.create({}, {}, auth))
  if (!created.ok) return { ok: false, message: created.message }
  await setCartId(created.data.cart.id)
  return { ok: true, id: created.data.cart.id }
}

/** Quick order: pasted "article quantity" lines go into the cart at contract prices; every refused row is reported. */
export async function addLines(_prev: QuickState, form: FormData): Promise<QuickState> {
  const text = String(form.get("text") ?? "")
  if (!text.trim())
    return {
      added: null,
      problems: [],
      error: "Вставьте артикулы и количества: по одному товару в строке",
      text,
    }
  const cart = await openCart()
  if (!cart.ok) return { added: null, problems: [], error: cart.message, text }
  const r = await b2bFetch<{ rows: QuickRowResult[] }>(
    `/store/b2b/carts/${encodeURIComponent(cart.id)}/quick-order`,
    { method: "POST", body: { text } }
  )
  if (!r.ok) return { added: null, problems: [], error: r.message, text }
  const report = quickOrderReport(r.data.rows)
  // rows that went in leave the box; the refused ones stay to be corrected
  const refused = new Set(r.data.rows.filter((x) => x.status !== "added").map((x) => x.row))
  const left = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .filter((_l, i) => refused.has(i + 1))
    .join("\n")
  return { added: report.added, problems: report.problems, error: null, text: left }
}

/**
 * A line operation's answer: the page reloads the cart afterwards, so the backend need not send a
 * 500-line cart back (company members' routes honour `fields`; see cart-incremental-pricing.spec).
 */
const LIGHT_ANSWER = { fields: "id,total" }

/**
 * A line's new quantity (0 removes it); Medusa's cart routes, priced by the contract for company members.
 * The form loads the cart page again after a change (see useFormAction); a redirect to the same path here made
 * Next remount the page and now and then drop the update.
 */
export async function setQuantity(_prev: LineState, form: FormData): Promise<LineState> {
  const cartId = await getCartId()
  const line = String(form.get("line_id") ?? "")
  const qty = parseQuantity(form.get("quantity"))
  if (!cartId || !/^[\w-]{1,64}$/.test(line)) return { error: "Строка корзины не найдена" }
  if (qty === null) return { error: "Количество: целое число от 0" }
  const { sdk } = getSdk()
  const auth = await getAuthHeaders()
  const r =
    qty === 0
      ? await attempt(() => sdk.store.cart.deleteLineItem(cartId, line, LIGHT_ANSWER, auth))
      : await attempt(() =>
          sdk.store.cart.updateLineItem(cartId, line, { quantity: qty }, LIGHT_ANSWER, auth)
        )
  if (!r.ok) return { error: r.message }
  return { error: null }
}

/** Places the cart in one click (company's default address, cheapest delivery, payment on account; credit checked). */
export async function placeOrder(_prev: PlaceState, _form: FormData): Promise<PlaceState> {
  const cartId = await getCartId()
  if (!cartId) return { error: "Корзина пуста", order_id: null }
  const r = await b2bFetch<{ order: { id: string } }>(
    `/store/b2b/carts/${encodeURIComponent(cartId)}/one-click`,
    { method: "POST", body: {} }
  )
  if (!r.ok) return { error: r.message, order_id: null }
  await removeCartId()
  // the form opens the order (a plain navigation; see useFormAction)
  return { error: null, order_id: r.data.order.id }
}

/** One variant into the cart (Medusa's route; company members get the contract price, MOQ and pack checks). */
export async function addToCart(_prev: AddState, form: FormData): Promise<AddState> {
  const variant = String(form.get("variant_id") ?? "")
  const qty = parseQuantity(form.get("quantity"))
  if (!/^[\w-]{1,64}$/.test(variant)) return { error: "Выберите товар", added: null }
  if (!qty) return { error: "Количество: целое число от 1", added: null }
  const cart = await openCart()
  if (!cart.ok) return { error: cart.message, added: null }
  const { sdk } = getSdk()
  const auth = await getAuthHeaders()
  const r = await attempt(() =>
    sdk.store.cart.createLineItem(
      cart.id,
      { variant_id: variant, quantity: qty },
      LIGHT_ANSWER,
      auth
    )
  )
  if (!r.ok) return { error: r.message, added: null }
  return { error: null, added: `Добавлено в корзину: ${qty} шт.` }
}

/** Repeats an order: its lines go into the cart at today's contract prices and stock; what cannot be added is named. */
export async function reorder(_prev: ReorderState, form: FormData): Promise<ReorderState> {
  const order = String(form.get("order_id") ?? "")
  if (!/^[\w-]{1,64}$/.test(order)) return { added: null, problems: [], error: "Заказ не найден" }
  const cart = await openCart()
  if (!cart.ok) return { added: null, problems: [], error: cart.message }
  const r = await b2bFetch<{ rows: QuickRowResult[] }>(
    `/store/b2b/orders/${encodeURIComponent(order)}/reorder`,
    { method: "POST", body: { cart_id: cart.id } }
  )
  if (!r.ok) return { added: null, problems: [], error: r.message }
  const report = quickOrderReport(r.data.rows)
  return { added: report.added, problems: report.problems, error: null }
}
