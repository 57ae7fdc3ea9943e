"use server"

import { b2bFetch } from "./fetch"

export type CancelOrderState = { done: boolean; error: string | null }

/** Cancels an order that is still new (POST /store/b2b/orders/:id/cancel; the backend says why not otherwise). */
export async function cancelOrder(
  _prev: CancelOrderState,
  form: FormData
): Promise<CancelOrderState> {
  const order = String(form.get("order_id") ?? "")
  if (!/^[\w-]{1,64}$/.test(order)) return { done: false, error: "Заказ не найден" }
  const r = await b2bFetch<{ order_id: string; status: string }>(
    `/store/b2b/orders/${encodeURIComponent(order)}/cancel`,
    { method: "POST" }
  )
  if (!r.ok) return { done: false, error: r.message }
  return { done: true, error: null }
}
