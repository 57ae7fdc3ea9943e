import type { ReactNode } from "react"

/** Label / value pairs (totals, credit position): two columns, right-aligned amounts. */
export function Facts({ children }: { children: ReactNode }) {
  return (
    <dl className="my-4 grid max-w-md grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1.5 text-sm [&>dd]:break-words [&>dd]:text-right [&>dd]:tabular-nums [&>dt]:text-ui-fg-subtle">
      {children}
    </dl>
  )
}
