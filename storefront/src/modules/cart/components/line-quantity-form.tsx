"use client"

import { type LineState, setQuantity } from "@/lib/data/cart"
import { useFormAction } from "@/lib/hooks/use-form-action"
import { FormError } from "@/modules/common/components/feedback"

/** A cart line's quantity (0 removes the line); a refusal is shown under the field, else the cart is read again. */
export function LineQuantityForm({
  lineId,
  quantity,
  sku,
}: {
  lineId: string
  quantity: number
  sku: string
}) {
  // the page is loaded again after a change: lines, amounts and totals all come from the backend
  const [state, onSubmit, pending] = useFormAction<LineState>(setQuantity, { error: null }, (s) => {
    if (!s.error) window.location.reload()
  })
  return (
    <form onSubmit={onSubmit} className="inline-flex flex-col items-end gap-1">
      <span className="inline-flex items-center gap-2">
        <input type="hidden" name="line_id" value={lineId} />
        <input
          name="quantity"
          defaultValue={quantity}
          key={quantity}
          inputMode="numeric"
          size={5}
          aria-label={`Количество ${sku}`}
          className="w-20 text-right"
        />
        <button type="submit" className="secondary" disabled={pending}>
          OK
        </button>
      </span>
      {state.error && <FormError testId="cart-line-error">{state.error}</FormError>}
    </form>
  )
}
