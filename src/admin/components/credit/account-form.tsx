import { useState } from "react"
import { Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { Field, FormDrawer, OptionSelect } from "../common"
import { useCounterparties } from "../counterparties"
import { api, errorMessage } from "../../lib/api"
import { parseAmount } from "../../lib/format"
import { exact, type CreditAccount } from "./types"

type Form = {
  kind: "legal_entity" | "holding"
  target_id: string
  currency_code: string
  credit_limit: string
  payment_terms_days: string
  overdue_days_threshold: string
  overdue_tolerance: string
  block_on_overdue: boolean
  is_blocked: boolean
  blocked_reason: string
  agreement_number: string
}

const fromAccount = (a?: CreditAccount): Form => ({
  kind: a?.holding_id ? "holding" : "legal_entity",
  target_id: a?.holding_id ?? a?.legal_entity_id ?? "",
  currency_code: a?.currency_code ?? "rub",
  credit_limit: a ? (a.position?.credit_limit ?? String(a.credit_limit)) : "",
  payment_terms_days: String(a?.payment_terms_days ?? 0),
  overdue_days_threshold: String(a?.overdue_days_threshold ?? 0),
  overdue_tolerance: a ? (exact(a.overdue_tolerance, a.raw_overdue_tolerance) ?? "0") : "0",
  block_on_overdue: a?.block_on_overdue ?? true,
  is_blocked: a?.is_blocked ?? false,
  blocked_reason: a?.blocked_reason ?? "",
  agreement_number: a?.agreement_number ?? "",
})

const days = (v: string) => (/^\d+$/.test(v.trim()) && Number(v) <= 3650 ? Number(v) : null)

/** Checks the form; returns the request body or the field errors. */
function toBody(
  f: Form,
  creating: boolean
): { body?: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const limit = parseAmount(f.credit_limit)
  const tolerance = parseAmount(f.overdue_tolerance || "0")
  const terms = days(f.payment_terms_days)
  const threshold = days(f.overdue_days_threshold)
  if (creating && !f.target_id) errors.target_id = "Choose whom the account is for"
  if (creating && !/^[a-zA-Z]{3}$/.test(f.currency_code.trim()))
    errors.currency_code = "A 3-letter ISO code such as rub"
  if (limit === null)
    errors.credit_limit = "A non-negative amount with at most 2 decimals, e.g. 150000.00"
  if (tolerance === null) errors.overdue_tolerance = "A non-negative amount with at most 2 decimals"
  if (terms === null) errors.payment_terms_days = "Whole days, 0 to 3650"
  if (threshold === null) errors.overdue_days_threshold = "Whole days, 0 to 3650"
  if (f.blocked_reason.length > 500) errors.blocked_reason = "At most 500 characters"
  if (Object.keys(errors).length) return { errors }
  const body: Record<string, unknown> = {
    credit_limit: limit,
    payment_terms_days: terms,
    overdue_days_threshold: threshold,
    overdue_tolerance: tolerance,
    block_on_overdue: f.block_on_overdue,
    is_blocked: f.is_blocked,
    blocked_reason: f.blocked_reason.trim() || null,
    agreement_number: f.agreement_number.trim() || null,
  }
  if (creating) {
    body[f.kind === "holding" ? "holding_id" : "legal_entity_id"] = f.target_id
    body.currency_code = f.currency_code.trim().toLowerCase()
  }
  return { body, errors }
}

/** Opens a credit account (no `account`) or edits its terms. */
export function AccountFormDrawer({
  account,
  open,
  onOpenChange,
  onSaved,
}: {
  account?: CreditAccount
  open: boolean
  onOpenChange: (o: boolean) => void
  onSaved: (a: CreditAccount) => void
}) {
  const creating = !account
  const parties = useCounterparties()
  const [form, setForm] = useState<Form>(() => fromAccount(account))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }))

  const submit = async () => {
    const { body, errors } = toBody(form, creating)
    setErrors(errors)
    if (!body) return
    setSaving(true)
    try {
      const r = await api<{ credit_account: CreditAccount }>(
        creating ? "/admin/b2b/credit/accounts" : `/admin/b2b/credit/accounts/${account!.id}`,
        { body }
      )
      toast.success(creating ? "Credit account opened" : "Terms saved")
      onSaved(r.credit_account)
    } catch (e) {
      toast.error(creating ? "Could not open the account" : "Could not save the terms", {
        description: errorMessage(e),
      })
    } finally {
      setSaving(false)
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={creating ? "New credit account" : "Credit terms"}
      submitting={saving}
      onSubmit={submit}
    >
      {creating ? (
        <>
          <Field label="For">
            <OptionSelect
              value={form.kind}
              onChange={(v) => setForm((f) => ({ ...f, kind: v as Form["kind"], target_id: "" }))}
              options={[
                { value: "legal_entity", label: "A counterparty (legal entity)" },
                { value: "holding", label: "A holding (shared by its legal entities)" },
              ]}
            />
          </Field>
          <Field
            label={form.kind === "holding" ? "Holding" : "Counterparty"}
            error={errors.target_id}
          >
            <OptionSelect
              value={form.target_id}
              onChange={(v) => set("target_id", v)}
              options={
                form.kind === "holding" ? parties.holdingOptions : parties.legalEntityOptions
              }
            />
          </Field>
          <Field label="Currency" error={errors.currency_code}>
            <Input
              size="small"
              value={form.currency_code}
              onChange={(e) => set("currency_code", e.target.value)}
            />
          </Field>
        </>
      ) : null}
      <Field label="Credit limit" error={errors.credit_limit} hint="0 = prepayment only">
        <Input
          size="small"
          inputMode="decimal"
          placeholder="150000.00"
          value={form.credit_limit}
          onChange={(e) => set("credit_limit", e.target.value)}
        />
      </Field>
      <Field
        label="Payment terms, days"
        error={errors.payment_terms_days}
        hint="Deferral after the invoice / shipment date"
      >
        <Input
          size="small"
          inputMode="numeric"
          value={form.payment_terms_days}
          onChange={(e) => set("payment_terms_days", e.target.value)}
        />
      </Field>
      <Field
        label="Overdue grace, days"
        error={errors.overdue_days_threshold}
        hint="Debt blocks only this many days after its due date"
      >
        <Input
          size="small"
          inputMode="numeric"
          value={form.overdue_days_threshold}
          onChange={(e) => set("overdue_days_threshold", e.target.value)}
        />
      </Field>
      <Field
        label="Overdue tolerance"
        error={errors.overdue_tolerance}
        hint="Overdue debt up to this amount does not block"
      >
        <Input
          size="small"
          inputMode="decimal"
          value={form.overdue_tolerance}
          onChange={(e) => set("overdue_tolerance", e.target.value)}
        />
      </Field>
      <Toggle
        id="block_on_overdue"
        label="Block ordering on overdue debt"
        checked={form.block_on_overdue}
        onChange={(v) => set("block_on_overdue", v)}
      />
      <Toggle
        id="is_blocked"
        label="Stop ordering now (manual block)"
        checked={form.is_blocked}
        onChange={(v) => set("is_blocked", v)}
      />
      {form.is_blocked ? (
        <Field label="Block reason" error={errors.blocked_reason} hint="Shown to the buyer">
          <Input
            size="small"
            value={form.blocked_reason}
            onChange={(e) => set("blocked_reason", e.target.value)}
          />
        </Field>
      ) : null}
      <Field label="Agreement number">
        <Input
          size="small"
          value={form.agreement_number}
          onChange={(e) => set("agreement_number", e.target.value)}
        />
      </Field>
      {!creating ? (
        <Text size="xsmall" className="text-ui-fg-muted">
          Changes are audited.
        </Text>
      ) : null}
    </FormDrawer>
  )
}

function Toggle({
  id,
  label,
  checked,
  onChange,
}: {
  id: string
  label: string
  checked: boolean
  onChange: (v: boolean) => void
}) {
  return (
    <div className="flex items-center gap-x-2">
      <Switch id={id} checked={checked} onCheckedChange={onChange} />
      <Label htmlFor={id} size="small">
        {label}
      </Label>
    </div>
  )
}
