"use client"

import { useState } from "react"

import { type CancelOrderState, cancelOrder } from "@/lib/data/orders"
import { useFormAction } from "@/lib/hooks/use-form-action"
import { FormError } from "@/modules/common/components/feedback"

/** «Отменить заказ» with a confirmation step; the page reloads with the new status after a cancel. */
export function CancelOrderForm({ orderId }: { orderId: string }) {
  const [confirming, setConfirming] = useState(false)
  const [state, onSubmit, pending] = useFormAction<CancelOrderState>(
    cancelOrder,
    { done: false, error: null },
    (s) => {
      if (s.done) window.location.reload()
    }
  )
  if (!confirming)
    return (
      <div className="my-4">
        <button
          type="button"
          className="secondary"
          data-testid="cancel-order"
          onClick={() => setConfirming(true)}
        >
          Отменить заказ
        </button>
      </div>
    )
  return (
    <form
      onSubmit={onSubmit}
      className="my-4 flex flex-col items-start gap-2 rounded border border-ui-border-base p-3"
      data-testid="cancel-order-form"
    >
      <input type="hidden" name="order_id" value={orderId} />
      <p className="text-sm">
        Отменить заказ? Резерв товара и кредитный лимит освободятся, менеджер и 1С получат отмену.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} data-testid="cancel-order-confirm">
          {pending ? "Отменяем…" : "Да, отменить заказ"}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() => setConfirming(false)}
        >
          Не отменять
        </button>
      </div>
      {state.error && <FormError testId="cancel-order-error">{state.error}</FormError>}
      {state.done && <p className="text-sm">Заказ отменён.</p>}
    </form>
  )
}
