import { useState } from "react"
import { Input, Textarea } from "@medusajs/ui"
import { Field, FormDrawer, OptionSelect, type Option } from "../common"
import { api } from "../../lib/api"
import { humanize, parseAmount, today } from "../../lib/format"
import { useAction } from "../../lib/use-api"
import { LEDGER_TYPES, type CreditAccount, type LedgerType } from "./types"

type DrawerProps = {
  account: CreditAccount
  members: Option[]
  open: boolean
  onOpenChange: (o: boolean) => void
  onSaved: () => void
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const opt = (s: string) => s.trim() || null
const TYPE_OPTIONS = LEDGER_TYPES.map((t) => ({ value: t, label: humanize(t) }))

/** Legal entity picker, shown only for a holding account (whose entries must name one). */
function MemberField({
  account,
  members,
  value,
  onChange,
  error,
  optional,
}: {
  account: CreditAccount
  members: Option[]
  value: string
  onChange: (v: string) => void
  error?: string
  optional?: boolean
}) {
  if (!account.holding_id) return null
  return (
    <Field
      label="Legal entity"
      error={error}
      hint={optional ? "Empty = any legal entity of the holding" : undefined}
    >
      <OptionSelect
        value={value}
        onChange={onChange}
        options={members}
        emptyLabel={optional ? "Any" : undefined}
      />
    </Field>
  )
}

/** POST /admin/b2b/credit/accounts/:id/entries with one entry. */
export function EntryFormDrawer({ account, members, open, onOpenChange, onSaved }: DrawerProps) {
  const [f, setF] = useState({
    type: "payment" as LedgerType,
    legal_entity_id: "",
    document_number: "",
    document_date: today(),
    amount: "",
    due_date: "",
    order_id: "",
    comment: "",
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { busy, run } = useAction()
  const set = (k: keyof typeof f, v: string) => setF((s) => ({ ...s, [k]: v }))

  const submit = async () => {
    const e: Record<string, string> = {}
    const amount = parseAmount(f.amount, { signed: true })
    if (amount === null || !/[1-9]/.test(amount))
      e.amount = "A non-zero amount with at most 2 decimals"
    if (!DATE.test(f.document_date)) e.document_date = "Required"
    if (f.due_date && !DATE.test(f.due_date)) e.due_date = "A date"
    if (account.holding_id && !f.legal_entity_id)
      e.legal_entity_id = "Entries of a holding account name their legal entity"
    if (f.comment.length > 1000) e.comment = "At most 1000 characters"
    setErrors(e)
    if (Object.keys(e).length) return
    const entry = {
      type: f.type,
      legal_entity_id: opt(f.legal_entity_id),
      document_number: opt(f.document_number),
      document_date: f.document_date,
      amount,
      due_date: opt(f.due_date),
      order_id: opt(f.order_id),
      comment: opt(f.comment),
    }
    const r = await run(
      () => api(`/admin/b2b/credit/accounts/${account.id}/entries`, { body: { entries: [entry] } }),
      { success: `${humanize(f.type)} recorded`, failure: "Could not record the entry" }
    )
    if (r) onSaved()
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="New ledger entry"
      submitLabel="Record"
      submitting={busy}
      onSubmit={submit}
    >
      <Field
        label="Type"
        hint="Payments and returns reduce the debt whatever sign you type; invoices, shipments and opening debt increase it; an adjustment keeps its sign."
      >
        <OptionSelect value={f.type} onChange={(v) => set("type", v)} options={TYPE_OPTIONS} />
      </Field>
      <MemberField
        account={account}
        members={members}
        value={f.legal_entity_id}
        onChange={(v) => set("legal_entity_id", v)}
        error={errors.legal_entity_id}
      />
      <Field label={`Amount, ${account.currency_code.toUpperCase()}`} error={errors.amount}>
        <Input
          size="small"
          inputMode="decimal"
          placeholder="15000.00"
          value={f.amount}
          onChange={(e) => set("amount", e.target.value)}
        />
      </Field>
      <Field label="Document date" error={errors.document_date}>
        <Input
          size="small"
          type="date"
          value={f.document_date}
          onChange={(e) => set("document_date", e.target.value)}
        />
      </Field>
      <Field label="Document number">
        <Input
          size="small"
          value={f.document_number}
          onChange={(e) => set("document_number", e.target.value)}
        />
      </Field>
      <Field
        label="Due date"
        error={errors.due_date}
        hint="Empty = document date + payment terms (for invoices and shipments)"
      >
        <Input
          size="small"
          type="date"
          value={f.due_date}
          onChange={(e) => set("due_date", e.target.value)}
        />
      </Field>
      <Field label="Order id" hint="Links an invoice / shipment to the order it settles">
        <Input
          size="small"
          placeholder="order_…"
          value={f.order_id}
          onChange={(e) => set("order_id", e.target.value)}
        />
      </Field>
      <Field label="Comment" error={errors.comment}>
        <Textarea value={f.comment} onChange={(e) => set("comment", e.target.value)} />
      </Field>
    </FormDrawer>
  )
}

/** POST /admin/b2b/credit/accounts/:id/overrides: one order may pass the credit checks. */
export function OverrideFormDrawer({ account, members, open, onOpenChange, onSaved }: DrawerProps) {
  const [f, setF] = useState({
    reason: "",
    legal_entity_id: "",
    max_amount: "",
    expires_in_hours: "72",
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { busy, run } = useAction()
  const set = (k: keyof typeof f, v: string) => setF((s) => ({ ...s, [k]: v }))

  const submit = async () => {
    const e: Record<string, string> = {}
    const max = f.max_amount.trim() ? parseAmount(f.max_amount) : ""
    const hours = /^\d+$/.test(f.expires_in_hours.trim()) ? Number(f.expires_in_hours) : NaN
    if (f.reason.trim().length < 3) e.reason = "Say why the order may pass (3 characters at least)"
    if (f.reason.length > 500) e.reason = "At most 500 characters"
    if (max === null || (max && !/[1-9]/.test(max)))
      e.max_amount = "A positive amount with at most 2 decimals, or empty"
    if (!(hours >= 1 && hours <= 720)) e.expires_in_hours = "1 to 720 hours"
    setErrors(e)
    if (Object.keys(e).length) return
    const body = {
      reason: f.reason.trim(),
      legal_entity_id: opt(f.legal_entity_id),
      max_amount: max || null,
      expires_in_hours: hours,
    }
    const r = await run(() => api(`/admin/b2b/credit/accounts/${account.id}/overrides`, { body }), {
      success: "Override granted",
      failure: "Could not grant the override",
    })
    if (r) onSaved()
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Grant a one-time override"
      submitLabel="Grant"
      submitting={busy}
      onSubmit={submit}
    >
      <Field label="Reason" error={errors.reason} hint="Audited; shown in the account's history">
        <Textarea value={f.reason} onChange={(e) => set("reason", e.target.value)} />
      </Field>
      <MemberField
        account={account}
        members={members}
        value={f.legal_entity_id}
        onChange={(v) => set("legal_entity_id", v)}
        optional
      />
      <Field
        label={`Max order amount, ${account.currency_code.toUpperCase()}`}
        error={errors.max_amount}
        hint="Empty = any amount"
      >
        <Input
          size="small"
          inputMode="decimal"
          value={f.max_amount}
          onChange={(e) => set("max_amount", e.target.value)}
        />
      </Field>
      <Field label="Valid for, hours" error={errors.expires_in_hours}>
        <Input
          size="small"
          inputMode="numeric"
          value={f.expires_in_hours}
          onChange={(e) => set("expires_in_hours", e.target.value)}
        />
      </Field>
    </FormDrawer>
  )
}

/** POST /admin/b2b/credit/accounts/:id/schedule with one planned payment. */
export function ScheduleFormDrawer({ account, open, onOpenChange, onSaved }: DrawerProps) {
  const [f, setF] = useState({
    due_date: "",
    amount: "",
    agreement_number: account.agreement_number ?? "",
    comment: "",
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { busy, run } = useAction()
  const set = (k: keyof typeof f, v: string) => setF((s) => ({ ...s, [k]: v }))

  const submit = async () => {
    const e: Record<string, string> = {}
    const amount = parseAmount(f.amount)
    if (!DATE.test(f.due_date)) e.due_date = "Required"
    if (amount === null || !/[1-9]/.test(amount))
      e.amount = "A positive amount with at most 2 decimals"
    if (f.agreement_number.length > 100) e.agreement_number = "At most 100 characters"
    if (f.comment.length > 500) e.comment = "At most 500 characters"
    setErrors(e)
    if (Object.keys(e).length) return
    const item = {
      due_date: f.due_date,
      amount,
      agreement_number: opt(f.agreement_number),
      comment: opt(f.comment),
    }
    const r = await run(
      () => api(`/admin/b2b/credit/accounts/${account.id}/schedule`, { body: { items: [item] } }),
      { success: "Planned payment added", failure: "Could not add the payment" }
    )
    if (r) onSaved()
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Planned payment"
      submitLabel="Add"
      submitting={busy}
      onSubmit={submit}
    >
      <Field label="Due date" error={errors.due_date}>
        <Input
          size="small"
          type="date"
          value={f.due_date}
          onChange={(e) => set("due_date", e.target.value)}
        />
      </Field>
      <Field label={`Amount, ${account.currency_code.toUpperCase()}`} error={errors.amount}>
        <Input
          size="small"
          inputMode="decimal"
          value={f.amount}
          onChange={(e) => set("amount", e.target.value)}
        />
      </Field>
      <Field label="Agreement number" error={errors.agreement_number}>
        <Input
          size="small"
          value={f.agreement_number}
          onChange={(e) => set("agreement_number", e.target.value)}
        />
      </Field>
      <Field label="Comment" error={errors.comment}>
        <Textarea value={f.comment} onChange={(e) => set("comment", e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
