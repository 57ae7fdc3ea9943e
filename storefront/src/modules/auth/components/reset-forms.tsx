"use client"

import { type ResetState, confirmPasswordReset, requestPasswordReset } from "@/lib/data/access"
import { useFormAction } from "@/lib/hooks/use-form-action"
import { Field } from "@/modules/common/components/field"
import { FormError, Notice } from "@/modules/common/components/feedback"

const initial: ResetState = { error: null, sent: false, errors: {} }

/** The e-mail to send the reset link to. */
export function ResetRequestForm() {
  const [state, onSubmit, pending] = useFormAction<ResetState>(requestPasswordReset, initial)
  if (state.sent)
    return (
      <Notice testId="reset-sent">
        Если для этого адреса есть учётная запись, мы отправили на него ссылку для смены пароля.
        Ссылка действует 15 минут.
      </Notice>
    )
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" data-testid="reset-form" noValidate>
      <Field
        label="E-mail"
        name="email"
        type="email"
        autoComplete="username"
        required
        error={state.errors.email}
      />
      {state.error && <FormError testId="reset-error">{state.error}</FormError>}
      <button type="submit" disabled={pending}>
        {pending ? "Отправляем…" : "Отправить ссылку"}
      </button>
    </form>
  )
}

/** The new password (twice) for the e-mailed link's token. */
export function ResetConfirmForm({ token, email }: { token: string; email: string }) {
  const [state, onSubmit, pending] = useFormAction<ResetState>(confirmPasswordReset, initial)
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
      data-testid="reset-confirm-form"
      noValidate
    >
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <Field
        label="Новый пароль"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="Не короче 8 символов"
        error={state.errors.password}
      />
      <Field
        label="Пароль ещё раз"
        name="password2"
        type="password"
        autoComplete="new-password"
        required
        error={state.errors.password2}
      />
      {state.error && <FormError testId="reset-error">{state.error}</FormError>}
      <button type="submit" disabled={pending}>
        {pending ? "Сохраняем…" : "Сменить пароль и войти"}
      </button>
    </form>
  )
}
