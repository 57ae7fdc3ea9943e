import { useEffect, useState } from "react"
import { Input, Switch, Text } from "@medusajs/ui"
import { Field, FormDrawer, OptionSelect } from "../common"
import { api } from "../../lib/api"
import { useAction } from "../../lib/use-api"
import { COLORS, type OrderStatus } from "./types"

type Form = {
  code: string
  name: string
  one_c_id: string
  one_c_name: string
  sort: string
  color: string
  is_default_for_new: boolean
  is_final: boolean
  final_action: string
  is_active: boolean
  buyer_visible: boolean
}

const blank: Form = {
  code: "",
  name: "",
  one_c_id: "",
  one_c_name: "",
  sort: "100",
  color: "grey",
  is_default_for_new: false,
  is_final: false,
  final_action: "",
  is_active: true,
  buyer_visible: true,
}
const fromStatus = (s: OrderStatus): Form => ({
  code: s.code,
  name: s.name,
  one_c_id: s.one_c_id ?? "",
  one_c_name: s.one_c_name ?? "",
  sort: String(s.sort),
  color: s.color ?? "grey",
  is_default_for_new: s.is_default_for_new,
  is_final: s.is_final,
  final_action: s.final_action ?? "",
  is_active: s.is_active,
  buyer_visible: s.buyer_visible,
})

/** Create (status = null) or edit a B2B order status, including its 1C mapping. */
export function StatusDrawer({
  status,
  open,
  onOpenChange,
  onSaved,
}: {
  status: OrderStatus | null
  open: boolean
  onOpenChange: (o: boolean) => void
  onSaved: () => void
}) {
  const [f, setF] = useState<Form>(blank)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { busy, run } = useAction()
  useEffect(() => {
    if (open) {
      setF(status ? fromStatus(status) : blank)
      setErrors({})
    }
  }, [open, status])
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setF((s) => ({ ...s, [k]: v }))

  const submit = async () => {
    const e: Record<string, string> = {}
    if (!status && !/^[a-z0-9_-]{1,40}$/.test(f.code))
      e.code = "1-40 lowercase latin letters, digits, _ or -"
    if (!f.name.trim()) e.name = "Required"
    if (!/^\d+$/.test(f.sort)) e.sort = "A whole number"
    if (f.final_action && !f.is_final)
      e.final_action = "Only a final status completes or cancels the order"
    if (f.is_default_for_new && f.is_final)
      e.is_default_for_new = "A final status cannot be the status of new orders"
    setErrors(e)
    if (Object.keys(e).length) return
    const body = {
      ...(status ? {} : { code: f.code }),
      name: f.name.trim(),
      one_c_id: f.one_c_id.trim() || null,
      one_c_name: f.one_c_name.trim() || null,
      sort: Number(f.sort),
      color: f.color,
      is_default_for_new: f.is_default_for_new,
      is_final: f.is_final,
      final_action: f.is_final && f.final_action ? f.final_action : null,
      is_active: f.is_active,
      buyer_visible: f.buyer_visible,
    }
    const r = await run(
      () =>
        api(status ? `/admin/b2b/order-statuses/${status.code}` : "/admin/b2b/order-statuses", {
          body,
        }),
      {
        success: status ? "Status saved" : "Status created",
        failure: status ? "Could not save the status" : "Could not create the status",
      }
    )
    if (r) onSaved()
  }

  const toggle = (
    k: "is_default_for_new" | "is_final" | "is_active" | "buyer_visible",
    label: string,
    hint?: string
  ) => (
    <div className="flex items-start justify-between gap-x-4">
      <div>
        <Text size="small" weight="plus">
          {label}
        </Text>
        {hint ? (
          <Text size="small" className="text-ui-fg-subtle">
            {hint}
          </Text>
        ) : null}
        {errors[k] ? (
          <Text size="small" className="text-ui-fg-error">
            {errors[k]}
          </Text>
        ) : null}
      </div>
      <Switch checked={f[k]} onCheckedChange={(v) => set(k, v)} />
    </div>
  )

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={status ? `Edit status “${status.name}”` : "New order status"}
      submitting={busy}
      onSubmit={submit}
    >
      <Field
        label="Code"
        error={errors.code}
        hint={status ? "The code is the stable key and cannot change" : "e.g. in_transit"}
      >
        <Input
          size="small"
          value={f.code}
          disabled={!!status}
          onChange={(e) => set("code", e.target.value)}
        />
      </Field>
      <Field label="Name" error={errors.name} hint="What managers and buyers see">
        <Input size="small" value={f.name} onChange={(e) => set("name", e.target.value)} />
      </Field>
      <Field
        label="1C status id"
        hint="“Статуса заказа ИД” in 1C's exchange settings (answered to mode=info, written into orders)"
      >
        <Input size="small" value={f.one_c_id} onChange={(e) => set("one_c_id", e.target.value)} />
      </Field>
      <Field
        label="1C status name"
        hint="Optional: the name 1C shows; incoming statuses are also matched by it"
      >
        <Input
          size="small"
          value={f.one_c_name}
          onChange={(e) => set("one_c_name", e.target.value)}
        />
      </Field>
      <Field label="Sort" error={errors.sort}>
        <Input size="small" value={f.sort} onChange={(e) => set("sort", e.target.value)} />
      </Field>
      <Field label="Color">
        <OptionSelect
          value={f.color}
          onChange={(v) => set("color", v)}
          options={COLORS.map((c) => ({ value: c, label: c }))}
        />
      </Field>
      {toggle("is_default_for_new", "Status of new orders", "Placed orders start here")}
      {toggle("is_final", "Final", "The order is closed; its status cannot change afterwards")}
      {f.is_final ? (
        <Field label="On reaching it" error={errors.final_action}>
          <OptionSelect
            value={f.final_action}
            onChange={(v) => set("final_action", v)}
            emptyLabel="Nothing else"
            options={[
              { value: "complete", label: "Complete the order" },
              { value: "cancel", label: "Cancel the order" },
            ]}
          />
        </Field>
      ) : null}
      {toggle("is_active", "Active", "Inactive statuses cannot be chosen and are not sent to 1C")}
      {toggle(
        "buyer_visible",
        "Visible to buyers",
        "Hidden statuses show to buyers as the previous visible one"
      )}
    </FormDrawer>
  )
}
