import { useState } from "react"
import { Input } from "@medusajs/ui"
import { Field, FormDrawer, OptionSelect, type Option } from "../common"
import { api } from "../../lib/api"
import { humanize, today } from "../../lib/format"
import { useAction } from "../../lib/use-api"
import { DOCUMENT_TYPES } from "./types"

const TYPE_OPTIONS = DOCUMENT_TYPES.map((t) => ({ value: t, label: humanize(t) }))

/** POST /admin/b2b/documents as multipart: the file plus its type, counterparty, number and date. */
export function UploadDrawer({
  legalEntities,
  open,
  onOpenChange,
  onSaved,
}: {
  legalEntities: Option[]
  open: boolean
  onOpenChange: (o: boolean) => void
  onSaved: () => void
}) {
  const [file, setFile] = useState<File | null>(null)
  const [f, setF] = useState({
    type: "invoice",
    legal_entity_id: "",
    number: "",
    date: today(),
    order_id: "",
    shipment_id: "",
    external_id: "",
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { busy, run } = useAction()
  const set = (k: keyof typeof f, v: string) => setF((s) => ({ ...s, [k]: v }))

  const submit = async () => {
    const e: Record<string, string> = {}
    if (!file) e.file = "Attach the document (PDF)"
    if (!f.legal_entity_id) e.legal_entity_id = "Required"
    if (!f.number.trim()) e.number = "Required"
    else if (f.number.trim().length > 100) e.number = "At most 100 characters"
    if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date)) e.date = "Required"
    if (f.external_id.length > 200) e.external_id = "At most 200 characters"
    setErrors(e)
    if (Object.keys(e).length || !file) return
    const form = new FormData()
    form.append("file", file, file.name)
    for (const [k, v] of Object.entries(f)) if (v.trim()) form.append(k, v.trim())
    const r = await run(() => api("/admin/b2b/documents", { body: form }), {
      success: "Document uploaded",
      failure: "Upload failed",
    })
    if (r) onSaved()
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Upload a document"
      submitLabel="Upload"
      submitting={busy}
      onSubmit={submit}
    >
      <Field
        label="File"
        error={errors.file}
        hint="A PDF, up to B2B_DOCUMENT_MAX_MB (10 MB by default)"
      >
        <Input
          size="small"
          type="file"
          accept=".pdf,application/pdf"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </Field>
      <Field label="Type">
        <OptionSelect value={f.type} onChange={(v) => set("type", v)} options={TYPE_OPTIONS} />
      </Field>
      <Field label="Counterparty" error={errors.legal_entity_id}>
        <OptionSelect
          value={f.legal_entity_id}
          onChange={(v) => set("legal_entity_id", v)}
          options={legalEntities}
          placeholder="Choose a counterparty"
        />
      </Field>
      <Field label="Number" error={errors.number}>
        <Input size="small" value={f.number} onChange={(e) => set("number", e.target.value)} />
      </Field>
      <Field label="Date" error={errors.date}>
        <Input
          size="small"
          type="date"
          value={f.date}
          onChange={(e) => set("date", e.target.value)}
        />
      </Field>
      <Field label="Order id" hint="Optional: shows the document with the order">
        <Input
          size="small"
          placeholder="order_…"
          value={f.order_id}
          onChange={(e) => set("order_id", e.target.value)}
        />
      </Field>
      <Field label="Shipment id" hint="Optional">
        <Input
          size="small"
          value={f.shipment_id}
          onChange={(e) => set("shipment_id", e.target.value)}
        />
      </Field>
      <Field
        label="External id"
        error={errors.external_id}
        hint="Optional: the 1C document id; must be unique"
      >
        <Input
          size="small"
          value={f.external_id}
          onChange={(e) => set("external_id", e.target.value)}
        />
      </Field>
    </FormDrawer>
  )
}
