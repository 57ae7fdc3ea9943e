"use client"

import { useActionState } from "react"

import { type ReorderState, reorder } from "../../../cart/actions"

export function ReorderForm({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState<ReorderState, FormData>(reorder, {
    added: null,
    problems: [],
    error: null,
  })
  return (
    <form action={action} data-testid="reorder-form">
      <input type="hidden" name="order_id" value={orderId} />
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Добавляем…" : "Повторить заказ"}
      </button>
      {state.error && (
        <p className="form-error" role="alert" data-testid="reorder-error">
          {state.error}
        </p>
      )}
      {state.added !== null && (
        <div data-testid="reorder-report">
          <p>
            В корзину добавлено строк: {state.added} по сегодняшним ценам.{" "}
            <a href="/cart">Перейти в корзину</a>
          </p>
          {state.problems.length > 0 && (
            <ul className="form-error">
              {state.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  )
}
