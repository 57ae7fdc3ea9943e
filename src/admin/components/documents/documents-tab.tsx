import { useState } from "react"
import { Button, DropdownMenu, IconButton, Input, StatusBadge, Table, Text } from "@medusajs/ui"
import { EllipsisHorizontal } from "@medusajs/icons"
import { Link } from "react-router-dom"
import { ListState, OptionSelect, SectionHeader, SimpleTable } from "../common"
import { useCounterparties } from "../counterparties"
import { api, apiBlob, withQuery } from "../../lib/api"
import { formatDate, formatDateTime, formatMoney, humanize } from "../../lib/format"
import { useAction, useApi } from "../../lib/use-api"
import { UploadDrawer } from "./upload-drawer"
import { DOCUMENT_TYPES, type DocumentList, type DocumentRow } from "./types"

const PAGE = 50
const GENERATED = new Set(["invoice", "upd", "reconciliation_act"])
const STATUS_COLOR = { pending: "orange", ready: "green", failed: "red" } as const
const TYPE_OPTIONS = DOCUMENT_TYPES.map((t) => ({ value: t, label: humanize(t) }))
const STATUS_OPTIONS = ["pending", "ready", "failed"].map((s) => ({ value: s, label: humanize(s) }))

/** Documents of the manager's clients: filters, download, regenerate, mark sent, upload. */
export function DocumentsTab() {
  const parties = useCounterparties()
  const [filters, setFilters] = useState({
    type: "",
    status: "",
    legal_entity_id: "",
    order_id: "",
  })
  const [page, setPage] = useState(0)
  const [uploading, setUploading] = useState(false)
  const path = withQuery("/admin/b2b/documents", {
    ...filters,
    order_id: filters.order_id.trim(),
    limit: PAGE,
    offset: page * PAGE,
  })
  const { data, error, loading, reload, polling } = useApi<DocumentList>(path, {
    poll: (d) => d.documents.some((x) => x.status === "pending"),
  })
  const setFilter = (k: keyof typeof filters, v: string) => {
    setFilters((f) => ({ ...f, [k]: v }))
    setPage(0)
  }
  const rows = data?.documents ?? []
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE))

  return (
    <div className="divide-y">
      <SectionHeader
        title="Documents"
        subtitle={
          polling
            ? "Some documents are being rendered: refreshing every 2 s"
            : "Invoices, UPDs, reconciliation acts and uploads of your counterparties"
        }
        actions={
          <Button size="small" onClick={() => setUploading(true)}>
            Upload
          </Button>
        }
      />
      <div className="grid grid-cols-1 gap-2 px-6 py-3 md:grid-cols-4">
        <OptionSelect
          value={filters.type}
          onChange={(v) => setFilter("type", v)}
          options={TYPE_OPTIONS}
          emptyLabel="All types"
        />
        <OptionSelect
          value={filters.status}
          onChange={(v) => setFilter("status", v)}
          options={STATUS_OPTIONS}
          emptyLabel="All statuses"
        />
        <OptionSelect
          value={filters.legal_entity_id}
          onChange={(v) => setFilter("legal_entity_id", v)}
          options={parties.legalEntityOptions}
          emptyLabel="All counterparties"
        />
        <Input
          size="small"
          type="search"
          placeholder="Order id"
          value={filters.order_id}
          onChange={(e) => setFilter("order_id", e.target.value)}
        />
      </div>
      <ListState
        loading={loading}
        error={error}
        empty={!rows.length}
        emptyText="No documents match."
      />
      {rows.length ? (
        <>
          <SimpleTable
            columns={[
              "Type",
              "Number",
              "Date",
              "Counterparty",
              "Total",
              "Source",
              "Status",
              "Order",
              "Sent",
              "",
            ]}
          >
            {rows.map((d) => (
              <DocumentRowView
                key={d.id}
                doc={d}
                counterparty={parties.legalEntityName(d.legal_entity_id)}
                onChanged={reload}
              />
            ))}
          </SimpleTable>
          <Table.Pagination
            count={count}
            pageSize={PAGE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page < pageCount - 1}
            previousPage={() => setPage((p) => Math.max(0, p - 1))}
            nextPage={() => setPage((p) => Math.min(pageCount - 1, p + 1))}
          />
        </>
      ) : null}
      {uploading ? (
        <UploadDrawer
          legalEntities={parties.legalEntityOptions}
          open
          onOpenChange={setUploading}
          onSaved={() => {
            setUploading(false)
            reload()
          }}
        />
      ) : null}
    </div>
  )
}

function DocumentRowView({
  doc,
  counterparty,
  onChanged,
}: {
  doc: DocumentRow
  counterparty: string
  onChanged: () => void
}) {
  const { busy, run } = useAction()
  const canRegenerate = doc.source === "portal" && GENERATED.has(doc.type)
  const canMarkSent = !doc.sent_at && (doc.type === "reconciliation_act" || doc.original_requested)

  const download = () =>
    run(
      async () => {
        const blob = await apiBlob(`/admin/b2b/documents/${doc.id}/download`)
        const a = document.createElement("a")
        const url = URL.createObjectURL(blob)
        a.href = url
        a.download = doc.filename ?? `${doc.number}.pdf`
        a.click()
        setTimeout(() => URL.revokeObjectURL(url), 60_000)
      },
      { failure: "Download failed" }
    )
  const regenerate = async () => {
    if (
      await run(() => api(`/admin/b2b/documents/${doc.id}/regenerate`, { method: "POST" }), {
        success: "Rendering again",
        failure: "Could not regenerate",
      })
    )
      onChanged()
  }
  const markSent = async () => {
    if (
      await run(() => api(`/admin/b2b/documents/${doc.id}/sent`, { method: "POST" }), {
        success: "Marked as sent",
        failure: "Could not mark as sent",
      })
    )
      onChanged()
  }

  return (
    <Table.Row className="align-top">
      <Table.Cell>{humanize(doc.type)}</Table.Cell>
      <Table.Cell>
        <Text size="small" weight="plus">
          {doc.number}
        </Text>
        {doc.period_from ? (
          <Text size="xsmall" className="text-ui-fg-muted">
            {formatDate(doc.period_from)} – {formatDate(doc.period_to)}
          </Text>
        ) : null}
      </Table.Cell>
      <Table.Cell>{formatDate(doc.date)}</Table.Cell>
      <Table.Cell>{counterparty}</Table.Cell>
      <Table.Cell className="whitespace-nowrap">
        {doc.total ? formatMoney(doc.total, doc.currency_code) : "—"}
      </Table.Cell>
      <Table.Cell>{humanize(doc.source)}</Table.Cell>
      <Table.Cell className="max-w-[260px]">
        <StatusBadge color={STATUS_COLOR[doc.status] ?? "grey"}>{doc.status}</StatusBadge>
        {doc.error ? (
          <Text size="xsmall" className="whitespace-pre-wrap break-words text-ui-fg-error">
            {doc.error}
          </Text>
        ) : null}
        {doc.original_requested && !doc.sent_at ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            originals requested {formatDate(doc.original_requested_at)}
          </Text>
        ) : null}
      </Table.Cell>
      <Table.Cell>
        {doc.order_id ? (
          <Link className="text-ui-fg-interactive hover:underline" to={`/orders/${doc.order_id}`}>
            {doc.order_id}
          </Link>
        ) : (
          "—"
        )}
      </Table.Cell>
      <Table.Cell>{formatDateTime(doc.sent_at)}</Table.Cell>
      <Table.Cell className="text-right">
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <IconButton size="small" variant="transparent" disabled={busy}>
              <EllipsisHorizontal />
            </IconButton>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content align="end">
            <DropdownMenu.Item disabled={doc.status !== "ready"} onClick={download}>
              Download PDF
            </DropdownMenu.Item>
            <DropdownMenu.Item
              disabled={!canRegenerate || doc.status === "pending"}
              onClick={regenerate}
            >
              Regenerate
            </DropdownMenu.Item>
            <DropdownMenu.Item disabled={!canMarkSent} onClick={markSent}>
              Mark as sent
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu>
      </Table.Cell>
    </Table.Row>
  )
}
