"use client"

import { useActionState } from "react"

import { type PlaceState, placeOrder } from "./actions"

export function PlaceForm({ disabled }: { disabled: boolean }) {
  const [state, action, pending] = useActionState<PlaceState, FormData>(placeOrder, { error: null })
  return (
    <form action={action} data-testid="place-form">
      {state.error && (
        <p className="form-error" role="alert" data-testid="place-error">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={disabled || pending}>
        {pending ? "Оформляем…" : "Оформить заказ"}
      </button>
      <p className="muted">
        Доставка по адресу компании по умолчанию, оплата по счёту; менеджер подтвердит заказ.
      </p>
    </form>
  )
}
