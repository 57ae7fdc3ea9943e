import type { ReactNode } from "react"

/**
 * A data table that stays inside a phone's width: from `sm` up a plain table; below it each row is a card and
 * each cell a "label: value" line (the label from the column heading, passed as `label`).
 */
export function Table({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <table
      className="w-full border-collapse text-sm max-sm:block sm:overflow-hidden sm:rounded-lg sm:bg-ui-bg-base sm:shadow-elevation-card-rest"
      data-testid={testId}
    >
      {children}
    </table>
  )
}

export function THead({ children }: { children: ReactNode }) {
  return (
    <thead className="bg-ui-bg-component text-left text-xs uppercase tracking-wide text-ui-fg-subtle max-sm:hidden">
      <tr>{children}</tr>
    </thead>
  )
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="max-sm:block max-sm:space-y-3">{children}</tbody>
}

export function Th({
  children,
  num,
  testId,
}: {
  children?: ReactNode
  num?: boolean
  testId?: string
}) {
  return (
    <th
      className={`px-4 py-3 font-medium ${num ? "text-right" : "text-left"}`}
      data-testid={testId}
    >
      {children}
    </th>
  )
}

export function Tr({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <tr
      className="border-t border-ui-border-base max-sm:block max-sm:rounded-lg max-sm:border max-sm:bg-ui-bg-base max-sm:p-3 max-sm:shadow-elevation-card-rest"
      data-testid={testId}
    >
      {children}
    </tr>
  )
}

/** On a phone, the cell's label (its column heading) before the value. */
const LABELLED =
  "max-sm:before:shrink-0 max-sm:before:text-left max-sm:before:text-ui-fg-subtle max-sm:before:content-[attr(data-label)]"

export function Td({
  children,
  label,
  num,
  testId,
}: {
  children?: ReactNode
  /** the column's heading, shown before the value when the row is a card (phone) */
  label?: string
  num?: boolean
  testId?: string
}) {
  return (
    <td
      data-label={label}
      className={`px-4 py-3 align-middle max-sm:flex max-sm:items-center max-sm:justify-between max-sm:gap-4 max-sm:px-0 max-sm:py-1 max-sm:text-right ${label ? LABELLED : ""} ${num ? "text-right tabular-nums" : "break-words"}`}
      data-testid={testId}
    >
      {children}
    </td>
  )
}
