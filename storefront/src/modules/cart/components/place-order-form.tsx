"use client"

import { useActionState } from "react"

import { type PlaceState, placeOrder } from "@/lib/data/cart"
import { FormError } from "@/modules/common/components/feedback"

export function PlaceOrderForm({ disabled }: { disabled: boolean }) {
  const [state, action, pending] = useActionState<PlaceState, FormData>(placeOrder, { error: null })
  return (
    <form action={action} className="flex flex-col items-start gap-2" data-testid="place-form">
      {state.error && <FormError testId="place-error">{state.error}</FormError>}
      <button type="submit" disabled={disabled || pending} className="max-sm:w-full">
        {pending ? "Оформляем…" : "Оформить заказ"}
      </button>
      <p className="text-sm text-ui-fg-subtle">
        Доставка по адресу компании по умолчанию, оплата по счёту; менеджер подтвердит заказ.
      </p>
    </form>
  )
}
