"use client"

import { useActionState } from "react"

import { type AddState, addToCart } from "../../cart/actions"

export function AddForm({
  variantId,
  sku,
  disabled,
}: {
  variantId: string
  sku: string
  disabled: boolean
}) {
  const [state, action, pending] = useActionState<AddState, FormData>(addToCart, {
    error: null,
    added: null,
  })
  return (
    <form action={action} className="inline-form qty-form" data-testid="add-form">
      <input type="hidden" name="variant_id" value={variantId} />
      <input
        name="quantity"
        defaultValue="1"
        inputMode="numeric"
        size={5}
        aria-label={`Количество ${sku}`}
      />
      <button type="submit" disabled={disabled || pending}>
        {pending ? "…" : "В корзину"}
      </button>
      {state.added && (
        <span className="muted" role="status" data-testid="add-ok">
          {state.added} · <a href="/cart">перейти в корзину</a>
        </span>
      )}
      {state.error && (
        <span className="form-error" role="alert" data-testid="add-error">
          {state.error}
        </span>
      )}
    </form>
  )
}
