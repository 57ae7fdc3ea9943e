import type { InputHTMLAttributes, ReactNode } from "react"

/** A labelled input with its own error under it (the error is tied to the input for screen readers). */
export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: {
  label: ReactNode
  name: string
  error?: string | null
  hint?: ReactNode
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = `f-${name}`
  return (
    <div className="flex min-w-0 flex-col gap-1.5 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-full min-w-0"
        {...input}
      />
      {hint && !error && <span className="text-xs text-ui-fg-subtle">{hint}</span>}
      {error && (
        <span id={`${id}-error`} className="text-xs text-ui-fg-error" data-testid={`${name}-error`}>
          {error}
        </span>
      )}
    </div>
  )
}

/** The consent to personal-data processing every form that collects personal data asks for. */
export function ConsentBox({ error }: { error?: string | null }) {
  return (
    <div className="text-sm">
      <label className="flex items-start gap-2">
        <input type="checkbox" name="consent" className="mt-0.5" data-testid="consent" />
        <span>
          Даю согласие на обработку моих персональных данных (152-ФЗ) для работы в B2B-портале.
          Версия текста согласия, время и адрес записываются.
        </span>
      </label>
      {error && (
        <span className="mt-1 block text-xs text-ui-fg-error" data-testid="consent-error">
          {error}
        </span>
      )}
    </div>
  )
}
