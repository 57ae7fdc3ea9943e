"use client"

import { type ReorderState, reorder } from "@/lib/data/cart"
import { useFormAction } from "@/lib/hooks/use-form-action"
import { FormError } from "@/modules/common/components/feedback"

export function ReorderForm({ orderId }: { orderId: string }) {
  const [state, onSubmit, pending] = useFormAction<ReorderState>(reorder, {
    added: null,
    problems: [],
    error: null,
  })
  return (
    <form
      onSubmit={onSubmit}
      className="my-4 flex flex-col items-start gap-2"
      data-testid="reorder-form"
    >
      <input type="hidden" name="order_id" value={orderId} />
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Добавляем…" : "Повторить заказ"}
      </button>
      {state.error && <FormError testId="reorder-error">{state.error}</FormError>}
      {state.added !== null && (
        <div className="text-sm" data-testid="reorder-report">
          <p>
            В корзину добавлено строк: {state.added} по сегодняшним ценам.{" "}
            <a href="/cart">Перейти в корзину</a>
          </p>
          {state.problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-ui-fg-error">
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
