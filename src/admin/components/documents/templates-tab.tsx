import { useState } from "react"
import { Badge, Button, Input, Table, Text, Textarea, toast } from "@medusajs/ui"
import { Field, ListState, OptionSelect, SectionHeader, SimpleTable } from "../common"
import { api, apiBlob, errorMessage, prepareTab, showBlob } from "../../lib/api"
import { formatDateTime, humanize } from "../../lib/format"
import { useAction, useApi } from "../../lib/use-api"
import { TEMPLATE_TYPES, type Template, type TemplateList, type TemplateType } from "./types"

/** Document templates: stored versions per type, the built-in defaults, an editor with PDF preview. */
export function TemplatesTab() {
  const { data, error, loading, reload } = useApi<TemplateList>("/admin/b2b/document-templates")
  const [type, setType] = useState<TemplateType>("invoice")
  const [sourceId, setSourceId] = useState<string | null>(null)
  const versionsOf = (t: string) => data?.templates.filter((v) => v.type === t) ?? []
  const defaultOf = (t: string) => data?.defaults.find((d) => d.type === t)
  const activeOf = (t: string) => versionsOf(t).find((v) => v.is_active)

  const versions = versionsOf(type)
  const def = defaultOf(type)
  const source =
    [...versions, ...(def ? [def] : [])].find((v) => v.id === sourceId) ?? activeOf(type) ?? def
  const versionOptions = [
    ...versions.map((v) => ({
      value: v.id,
      label: `v${v.version} · ${v.locale}${v.is_active ? " · active" : ""} · ${formatDateTime(v.created_at)}`,
    })),
    ...(def ? [{ value: def.id, label: "Built-in default" }] : []),
  ]

  return (
    <div className="divide-y">
      <SectionHeader
        title="Templates"
        subtitle="Handlebars HTML + CSS per document type. Saving creates a new active version; older versions stay."
      />
      <ListState loading={loading} error={error} empty={!data} />
      {data ? (
        <SimpleTable columns={["Type", "In use", "Stored versions", ""]}>
          {TEMPLATE_TYPES.map((t) => {
            const active = activeOf(t)
            return (
              <Table.Row key={t} className={t === type ? "bg-ui-bg-highlight" : undefined}>
                <Table.Cell>
                  <Text size="small" weight="plus">
                    {humanize(t)}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  {active ? (
                    <>
                      {active.name}{" "}
                      <Badge size="2xsmall" color="green">
                        v{active.version}
                      </Badge>
                    </>
                  ) : (
                    <Badge size="2xsmall">built-in default</Badge>
                  )}
                </Table.Cell>
                <Table.Cell>{versionsOf(t).length}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button
                    size="small"
                    variant={t === type ? "primary" : "secondary"}
                    onClick={() => {
                      setType(t)
                      setSourceId(null)
                    }}
                  >
                    Edit
                  </Button>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </SimpleTable>
      ) : null}
      {source ? (
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <Text size="base" weight="plus">
                {humanize(type)}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                Editing a copy of{" "}
                {source.version ? `version ${source.version}` : "the built-in default"}; Save stores
                it as a new version.
              </Text>
            </div>
            <div className="w-96">
              <Field label="Start from">
                <OptionSelect value={source.id} onChange={setSourceId} options={versionOptions} />
              </Field>
            </div>
          </div>
          <TemplateEditor
            key={source.id}
            type={type}
            template={source}
            onSaved={() => {
              setSourceId(null)
              reload()
            }}
          />
        </div>
      ) : null}
    </div>
  )
}

function TemplateEditor({
  type,
  template,
  onSaved,
}: {
  type: TemplateType
  template: Template
  onSaved: () => void
}) {
  const [f, setF] = useState({
    name: template.name,
    locale: template.locale || "ru",
    body: template.body,
    css: template.css ?? "",
  })
  const [previewing, setPreviewing] = useState(false)
  const { busy, run } = useAction()
  const set = (k: keyof typeof f, v: string) => setF((s) => ({ ...s, [k]: v }))
  const dirty =
    f.name !== template.name ||
    f.locale !== (template.locale || "ru") ||
    f.body !== template.body ||
    f.css !== (template.css ?? "")
  const payload = () => ({
    type,
    locale: f.locale.trim() || "ru",
    name: f.name.trim(),
    body: f.body,
    css: f.css,
  })
  const problem = !f.name.trim()
    ? "Name is required"
    : !f.body.trim()
      ? "Body is required"
      : f.locale.trim().length < 2
        ? "Locale: 2 to 10 characters"
        : null

  const preview = async () => {
    if (!f.body.trim())
      return toast.error("Nothing to preview", { description: "The body is empty" })
    const tab = prepareTab() // before any await, or the popup blocker closes it
    setPreviewing(true)
    try {
      const blob = await apiBlob("/admin/b2b/document-templates/preview", {
        body: { ...payload(), name: f.name.trim() || "preview" },
      })
      showBlob(blob, tab, `${type}-preview.pdf`)
    } catch (e) {
      tab?.close()
      toast.error("Preview failed", { description: errorMessage(e) })
    } finally {
      setPreviewing(false)
    }
  }

  const save = async () => {
    if (problem) return toast.error("Cannot save", { description: problem })
    const r = await run(
      () => api<{ template: Template }>("/admin/b2b/document-templates", { body: payload() }),
      {
        success: (r) => `Saved as version ${r.template?.version ?? ""}`.trim(),
        failure: "Could not save the template",
      }
    )
    if (r) onSaved()
  }

  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-[1fr_120px]">
        <Field label="Name">
          <Input size="small" value={f.name} onChange={(e) => set("name", e.target.value)} />
        </Field>
        <Field label="Locale">
          <Input size="small" value={f.locale} onChange={(e) => set("locale", e.target.value)} />
        </Field>
      </div>
      <Field label="Body (Handlebars HTML)">
        <Textarea
          className="min-h-[420px] font-mono text-xs"
          spellCheck={false}
          value={f.body}
          onChange={(e) => set("body", e.target.value)}
        />
      </Field>
      <Field label="CSS">
        <Textarea
          className="min-h-[200px] font-mono text-xs"
          spellCheck={false}
          value={f.css}
          onChange={(e) => set("css", e.target.value)}
        />
      </Field>
      <div className="flex items-center justify-end gap-2">
        {dirty ? (
          <Text size="small" className="mr-auto text-ui-fg-subtle">
            Unsaved changes
          </Text>
        ) : null}
        <Button
          size="small"
          variant="secondary"
          disabled={!dirty || busy}
          onClick={() =>
            setF({
              name: template.name,
              locale: template.locale || "ru",
              body: template.body,
              css: template.css ?? "",
            })
          }
        >
          Discard
        </Button>
        <Button size="small" variant="secondary" isLoading={previewing} onClick={preview}>
          Preview PDF
        </Button>
        <Button size="small" isLoading={busy} onClick={save}>
          Save as new version
        </Button>
      </div>
    </div>
  )
}
