"use client"

import { type AddState, addToCart } from "@/lib/data/cart"
import { useFormAction } from "@/lib/hooks/use-form-action"

export function AddToCartForm({
  variantId,
  sku,
  disabled,
}: {
  variantId: string
  sku: string
  disabled: boolean
}) {
  const [state, onSubmit, pending] = useFormAction<AddState>(addToCart, {
    error: null,
    added: null,
  })
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-wrap items-center justify-end gap-2"
      data-testid="add-form"
    >
      <input type="hidden" name="variant_id" value={variantId} />
      <input
        name="quantity"
        defaultValue="1"
        inputMode="numeric"
        size={5}
        aria-label={`Количество ${sku}`}
        className="w-20 text-right"
      />
      <button type="submit" disabled={disabled || pending}>
        {pending ? "…" : "В корзину"}
      </button>
      {state.added && (
        <span
          className="w-full text-right text-xs text-ui-fg-subtle"
          role="status"
          data-testid="add-ok"
        >
          {state.added} · <a href="/cart">перейти в корзину</a>
        </span>
      )}
      {state.error && (
        <span
          className="w-full text-right text-xs text-ui-fg-error"
          role="alert"
          data-testid="add-error"
        >
          {state.error}
        </span>
      )}
    </form>
  )
}
