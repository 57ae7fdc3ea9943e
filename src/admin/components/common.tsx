import type { ReactNode } from "react"
import { Button, Drawer, Heading, Label, Select, Table, Text } from "@medusajs/ui"

/** Heading row of a section: title, optional subtitle, actions on the right. */
export function SectionHeader({
  title,
  subtitle,
  actions,
  level = "h2",
}: {
  title: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
  level?: "h1" | "h2"
}) {
  return (
    <div className="flex items-center justify-between gap-4 px-6 py-4">
      <div>
        <Heading level={level}>{title}</Heading>
        {subtitle ? (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        ) : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  )
}

export function ErrorText({ children }: { children: ReactNode }) {
  if (!children) return null
  return (
    <Text size="small" className="whitespace-pre-wrap break-words text-ui-fg-error">
      {children}
    </Text>
  )
}

/** Loading / error / empty line for a list. Returns null when there are rows to show. */
export function ListState({
  loading,
  error,
  empty,
  emptyText = "Nothing here yet.",
}: {
  loading: boolean
  error?: string
  empty: boolean
  emptyText?: string
}) {
  if (error)
    return (
      <div className="px-6 py-4">
        <ErrorText>{error}</ErrorText>
      </div>
    )
  if (!empty) return null
  return (
    <div className="px-6 py-6">
      <Text size="small" className="text-ui-fg-muted">
        {loading ? "Loading…" : emptyText}
      </Text>
    </div>
  )
}

/** Table with a header row; children are the body rows. */
export function SimpleTable({ columns, children }: { columns: ReactNode[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((c, i) => (
              <Table.HeaderCell key={i}>{c}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  )
}

/** Label + control + optional hint/error. */
export function Field({
  label,
  hint,
  error,
  children,
  htmlFor,
}: {
  label: string
  hint?: ReactNode
  error?: string | null
  children: ReactNode
  htmlFor?: string
}) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="small" weight="plus" htmlFor={htmlFor}>
        {label}
      </Label>
      {children}
      {error ? (
        <ErrorText>{error}</ErrorText>
      ) : hint ? (
        <Text size="xsmall" className="text-ui-fg-muted">
          {hint}
        </Text>
      ) : null}
    </div>
  )
}

/** Definition list of label/value pairs. */
export function KeyValues({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="divide-y">
      {rows.map(([k, v]) => (
        <div key={k} className="grid grid-cols-2 gap-4 px-6 py-3">
          <dt>
            <Text size="small" weight="plus" className="text-ui-fg-subtle">
              {k}
            </Text>
          </dt>
          <dd>
            <Text size="small" className="break-all">
              {v}
            </Text>
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** A drawer holding one form: title, fields, Cancel / submit. */
export function FormDrawer({
  open,
  onOpenChange,
  title,
  submitLabel = "Save",
  submitting,
  onSubmit,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  submitLabel?: string
  submitting?: boolean
  onSubmit: () => void
  children: ReactNode
}) {
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            onSubmit()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={submitting}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

export type Option = { value: string; label: string }

/**
 * Select over a list of options. Radix forbids "" as an item value, so an empty choice
 * (`emptyLabel`, e.g. "All types") is represented by the sentinel "__none" and reported as "".
 */
export function OptionSelect({
  value,
  onChange,
  options,
  emptyLabel,
  placeholder,
  size = "small",
  id,
}: {
  value: string
  onChange: (value: string) => void
  options: Option[]
  emptyLabel?: string
  placeholder?: string
  size?: "small" | "base"
  id?: string
}) {
  const NONE = "__none"
  return (
    <Select
      size={size}
      value={value || (emptyLabel ? NONE : "")}
      onValueChange={(v) => onChange(v === NONE ? "" : v)}
    >
      <Select.Trigger id={id}>
        <Select.Value placeholder={placeholder ?? "Choose…"} />
      </Select.Trigger>
      <Select.Content>
        {emptyLabel ? <Select.Item value={NONE}>{emptyLabel}</Select.Item> : null}
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
