"use client"

import { useActionState } from "react"

import { type LoginState, signIn } from "@/lib/data/auth"
import { FormError } from "@/modules/common/components/feedback"

export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(signIn, {
    error: null,
    email: "",
  })
  const label = "flex flex-col gap-1.5 text-sm font-medium"
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="login-form">
      <input type="hidden" name="next" value={next} />
      <label className={label}>
        E-mail
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
        />
      </label>
      <label className={label}>
        Пароль
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state.error && <FormError testId="login-error">{state.error}</FormError>}
      <button type="submit" disabled={pending}>
        {pending ? "Входим…" : "Войти"}
      </button>
    </form>
  )
}
