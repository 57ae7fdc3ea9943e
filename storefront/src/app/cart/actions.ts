"use server"

import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"

import { apiGet, apiSend } from "@/lib/b2b-api"
import { type Cart, type QuickRowResult, parseQuantity, quickOrderReport } from "@/lib/cart-view"
import { CART_COOKIE, apiTarget, cookieOptions } from "@/lib/session"

export type QuickState = {
  added: number | null
  problems: string[]
  error: string | null
  text: string
}
export type PlaceState = { error: string | null }

/** The buyer's open cart: the one in the cookie while it is open, else a new one (created for the acting counterparty). */
async function openCart(): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const t = await apiTarget()
  if (!t.token)
    redirect(`/login?next=${encodeURIComponent((await headers()).get("x-b2b-path") ?? "/cart")}`)
  const jar = await cookies()
  const known = jar.get(CART_COOKIE)?.value
  if (known) {
    const r = await apiGet<{ cart: Cart }>(t, `/store/carts/${encodeURIComponent(known)}`, {
      fields: "id,completed_at",
    })
    if (r.ok && !r.data.cart.completed_at) return { ok: true, id: known }
  }
  const created = await apiSend<{ cart: Cart }>(t, "POST", "/store/carts", {})
  if (!created.ok) return { ok: false, message: created.message }
  jar.set(CART_COOKIE, created.data.cart.id, cookieOptions())
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
  const r = await apiSend<{ rows: QuickRowResult[] }>(
    await apiTarget(),
    "POST",
    `/store/b2b/carts/${encodeURIComponent(cart.id)}/quick-order`,
    { text }
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

/** A line's new quantity (0 removes it); Medusa's cart routes, priced by the contract for company members. */
export async function setQuantity(form: FormData): Promise<void> {
  const t = await apiTarget()
  const cartId = (await cookies()).get(CART_COOKIE)?.value
  const line = String(form.get("line_id") ?? "")
  const qty = parseQuantity(form.get("quantity"))
  if (!cartId || !/^[\w-]{1,64}$/.test(line)) redirect("/cart")
  if (qty === null) redirect(`/cart?error=${encodeURIComponent("Количество: целое число от 0")}`)
  const path = `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(line)}`
  const r =
    qty === 0 ? await apiSend(t, "DELETE", path) : await apiSend(t, "POST", path, { quantity: qty })
  redirect(r.ok ? "/cart" : `/cart?error=${encodeURIComponent(r.message)}`)
}

/** Places the cart in one click (company's default address, cheapest delivery, payment on account; credit checked). */
export async function placeOrder(_prev: PlaceState, _form: FormData): Promise<PlaceState> {
  const jar = await cookies()
  const cartId = jar.get(CART_COOKIE)?.value
  if (!cartId) return { error: "Корзина пуста" }
  const r = await apiSend<{ order: { id: string } }>(
    await apiTarget(),
    "POST",
    `/store/b2b/carts/${encodeURIComponent(cartId)}/one-click`,
    {}
  )
  if (!r.ok) return { error: r.message }
  jar.delete(CART_COOKIE)
  redirect(`/account/orders/${encodeURIComponent(r.data.order.id)}?placed=1`)
}

export type AddState = { error: string | null; added: string | null }

/** One variant into the cart (Medusa's route; company members get the contract price, MOQ and pack checks). */
export async function addToCart(_prev: AddState, form: FormData): Promise<AddState> {
  const variant = String(form.get("variant_id") ?? "")
  const qty = parseQuantity(form.get("quantity"))
  if (!/^[\w-]{1,64}$/.test(variant)) return { error: "Выберите товар", added: null }
  if (!qty) return { error: "Количество: целое число от 1", added: null }
  const cart = await openCart()
  if (!cart.ok) return { error: cart.message, added: null }
  const r = await apiSend(
    await apiTarget(),
    "POST",
    `/store/carts/${encodeURIComponent(cart.id)}/line-items`,
    { variant_id: variant, quantity: qty }
  )
  if (!r.ok) return { error: r.message, added: null }
  return { error: null, added: `Добавлено в корзину: ${qty} шт.` }
}

export type ReorderState = { added: number | null; problems: string[]; error: string | null }

/** Repeats an order: its lines go into the cart at today's contract prices and stock; what cannot be added is named. */
export async function reorder(_prev: ReorderState, form: FormData): Promise<ReorderState> {
  const order = String(form.get("order_id") ?? "")
  if (!/^[\w-]{1,64}$/.test(order)) return { added: null, problems: [], error: "Заказ не найден" }
  const cart = await openCart()
  if (!cart.ok) return { added: null, problems: [], error: cart.message }
  const r = await apiSend<{ rows: QuickRowResult[] }>(
    await apiTarget(),
    "POST",
    `/store/b2b/orders/${encodeURIComponent(order)}/reorder`,
    { cart_id: cart.id }
  )
  if (!r.ok) return { added: null, problems: [], error: r.message }
  const report = quickOrderReport(r.data.rows)
  return { added: report.added, problems: report.problems, error: null }
}
