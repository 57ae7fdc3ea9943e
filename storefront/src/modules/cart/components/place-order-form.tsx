"use client"

import { type PlaceState, placeOrder } from "@/lib/data/cart"
import { useFormAction } from "@/lib/hooks/use-form-action"
import { FormError } from "@/modules/common/components/feedback"

export function PlaceOrderForm({ disabled }: { disabled: boolean }) {
  // the placed order opens by a plain navigation: the cart cookie is gone, nothing of this page is kept
  const [state, onSubmit, pending] = useFormAction<PlaceState>(
    placeOrder,
    { error: null, order_id: null },
    (s) => {
      if (s.order_id)
        window.location.assign(`/account/orders/${encodeURIComponent(s.order_id)}?placed=1`)
    }
  )
  return (
    <form onSubmit={onSubmit} className="flex flex-col items-start gap-2" data-testid="place-form">
      {state.error && <FormError testId="place-error">{state.error}</FormError>}
      <button
        type="submit"
        disabled={disabled || pending || !!state.order_id}
        className="max-sm:w-full"
      >
        {pending || state.order_id ? "Оформляем…" : "Оформить заказ"}
      </button>
      <p className="text-sm text-ui-fg-subtle">
        Доставка по адресу компании по умолчанию, оплата по счёту; менеджер подтвердит заказ.
      </p>
    </form>
  )
}
