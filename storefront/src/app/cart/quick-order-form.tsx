"use client"

import { useActionState } from "react"

import { type QuickState, addLines } from "./actions"

export function QuickOrderForm() {
  const [state, action, pending] = useActionState<QuickState, FormData>(addLines, {
    added: null,
    problems: [],
    error: null,
    text: "",
  })
  return (
    <form action={action} className="form" data-testid="quick-order-form">
      <label>
        Быстрый заказ: артикул и количество, по одному товару в строке (можно вставить из Excel)
        <textarea
          name="text"
          rows={6}
          defaultValue={state.text}
          key={state.text + String(state.added)}
          placeholder={"ART-00001 10\nART-00002 4"}
        />
      </label>
      {state.error && (
        <p className="form-error" role="alert" data-testid="quick-order-error">
          {state.error}
        </p>
      )}
      {state.added !== null && (
        <div data-testid="quick-order-report">
          <p>Добавлено строк: {state.added}</p>
          {state.problems.length > 0 && (
            <ul className="form-error">
              {state.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Добавляем…" : "Добавить в корзину"}
      </button>
    </form>
  )
}
