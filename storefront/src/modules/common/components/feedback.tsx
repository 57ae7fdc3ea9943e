import type { ReactNode } from "react"

/** A failure the page cannot get past (the backend's message, in Russian). */
export function ErrorBox({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div
      className="my-4 rounded-lg border border-ui-border-error bg-ui-tag-red-bg px-4 py-3 text-sm text-ui-tag-red-text"
      role="alert"
      data-testid={testId}
    >
      {children}
    </div>
  )
}

/** A form's refusal, under the form's fields. */
export function FormError({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="my-2 text-sm text-ui-fg-error" role="alert" data-testid={testId}>
      {children}
    </p>
  )
}

export function Notice({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p
      className="my-4 rounded-lg border border-ui-tag-blue-border bg-ui-tag-blue-bg px-4 py-3 text-sm text-ui-tag-blue-text"
      data-testid={testId}
    >
      {children}
    </p>
  )
}

export function Empty({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p
      className="my-4 rounded-lg border border-dashed border-ui-border-strong bg-ui-bg-base px-4 py-6 text-center text-ui-fg-subtle"
      data-testid={testId}
    >
      {children}
    </p>
  )
}

export function Badge({
  children,
  tone = "neutral",
}: {
  children: ReactNode
  tone?: "neutral" | "red"
}) {
  const colors =
    tone === "red"
      ? "border-ui-tag-red-border bg-ui-tag-red-bg text-ui-tag-red-text"
      : "border-ui-tag-neutral-border bg-ui-tag-neutral-bg text-ui-tag-neutral-text"
  return (
    <span className={`ml-2 inline-block rounded-full border px-2 py-0.5 text-xs ${colors}`}>
      {children}
    </span>
  )
}

export const muted = "text-ui-fg-subtle"
