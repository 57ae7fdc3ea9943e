"use client"

import { useActionState } from "react"

import { type LoginState, signIn } from "./actions"

export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(signIn, {
    error: null,
    email: "",
  })
  return (
    <form action={action} className="form" data-testid="login-form">
      <input type="hidden" name="next" value={next} />
      <label>
        E-mail
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
        />
      </label>
      <label>
        Пароль
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state.error && (
        <p className="form-error" role="alert" data-testid="login-error">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Входим…" : "Войти"}
      </button>
    </form>
  )
}
