"use client"

import { type InviteState, acceptInvitation } from "@/lib/data/access"
import { useFormAction } from "@/lib/hooks/use-form-action"
import { ConsentBox, Field } from "@/modules/common/components/field"
import { FormError } from "@/modules/common/components/feedback"

/** Accepting an invitation: a new person sets a password; one with an account (signed in) just joins. */
export function InviteForm({
  token,
  email,
  accountExists,
}: {
  token: string
  email: string
  accountExists: boolean
}) {
  const [state, onSubmit, pending] = useFormAction<InviteState>(acceptInvitation, {
    errors: {},
    error: null,
  })
  const e = state.errors
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" data-testid="invite-form" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="account_exists" value={accountExists ? "1" : "0"} />
      {!accountExists && (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Имя" name="first_name" autoComplete="given-name" error={e.first_name} />
            <Field
              label="Фамилия"
              name="last_name"
              autoComplete="family-name"
              error={e.last_name}
            />
          </div>
          <Field label="Телефон" name="phone" type="tel" autoComplete="tel" error={e.phone} />
          <Field
            label="Пароль"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            hint="Не короче 8 символов"
            error={e.password}
          />
          <Field
            label="Пароль ещё раз"
            name="password2"
            type="password"
            autoComplete="new-password"
            required
            error={e.password2}
          />
        </>
      )}
      <ConsentBox error={e.consent} />
      {state.error && <FormError testId="invite-error">{state.error}</FormError>}
      <button type="submit" disabled={pending} className="max-sm:w-full">
        {pending ? "Принимаем…" : accountExists ? "Присоединиться к компании" : "Принять и войти"}
      </button>
    </form>
  )
}
