"use client"

import { useRouter } from "next/navigation"

import { type QuickState, addLines } from "@/lib/data/cart"
import { useFormAction } from "@/lib/hooks/use-form-action"
import { FormError } from "@/modules/common/components/feedback"

export function QuickOrderForm() {
  const router = useRouter()
  // the report is this form's own state; the cart's lines above are read again once rows went in
  const [state, onSubmit, pending] = useFormAction<QuickState>(
    addLines,
    { added: null, problems: [], error: null, text: "" },
    (s) => {
      if (s.added) router.refresh()
    }
  )
  return (
    <form
      onSubmit={onSubmit}
      className="mt-8 flex flex-col gap-3 rounded-lg bg-ui-bg-base p-4 shadow-elevation-card-rest"
      data-testid="quick-order-form"
    >
      <label className="flex flex-col gap-2 text-sm font-medium">
        Быстрый заказ: артикул и количество, по одному товару в строке (можно вставить из Excel)
        <textarea
          name="text"
          rows={6}
          defaultValue={state.text}
          key={state.text + String(state.added)}
          placeholder={"ART-00001 10\nART-00002 4"}
        />
      </label>
      {state.error && <FormError testId="quick-order-error">{state.error}</FormError>}
      {state.added !== null && (
        <div className="text-sm" data-testid="quick-order-report">
          <p>Добавлено строк: {state.added}</p>
          {state.problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-ui-fg-error">
              {state.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" disabled={pending} className="self-start max-sm:w-full">
        {pending ? "Добавляем…" : "Добавить в корзину"}
      </button>
    </form>
  )
}
