import { useState } from "react"
import { Button, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ListState, OptionSelect, SectionHeader, SimpleTable } from "../common"
import { api, errorMessage, withQuery } from "../../lib/api"
import { formatDateTime } from "../../lib/format"
import { useApi } from "../../lib/use-api"
import type { OutboxRow } from "./types"

const STATUS_COLOR = { pending: "orange", sent: "green", dead: "red" } as const
const STATUSES = [
  { value: "pending", label: "Pending" },
  { value: "sent", label: "Sent" },
  { value: "dead", label: "Dead (gave up)" },
]

/** Orders pushed to the 1C HTTP service; dead entries can be sent again. */
export function OutboxTab() {
  const [status, setStatus] = useState("")
  const { data, error, loading, reload } = useApi<{ outbox: OutboxRow[] }>(
    withQuery("/admin/b2b/one-c/outbox", { status })
  )
  const [busy, setBusy] = useState<string | null>(null)
  const rows = data?.outbox ?? []

  const retry = async (row: OutboxRow) => {
    setBusy(row.id)
    try {
      await api(`/admin/b2b/one-c/outbox/${row.id}/retry`, { method: "POST" })
      toast.success("Order queued again", { description: row.order_id })
      reload()
    } catch (e) {
      toast.error("Retry failed", { description: errorMessage(e) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="divide-y">
      <SectionHeader
        title="Order push to 1C"
        subtitle="Orders sent to ONE_C_PUSH_URL, retried with backoff; the last 200 by update."
        actions={
          <>
            <div className="w-48">
              <OptionSelect
                value={status}
                onChange={setStatus}
                options={STATUSES}
                emptyLabel="All statuses"
              />
            </div>
            <Button size="small" variant="secondary" onClick={reload}>
              Refresh
            </Button>
          </>
        }
      />
      <ListState
        loading={loading}
        error={error}
        empty={!rows.length}
        emptyText="The outbox is empty."
      />
      {rows.length ? (
        <SimpleTable
          columns={[
            "Order",
            "Status",
            "Attempts",
            "Next attempt",
            "Sent",
            "HTTP",
            "Last error",
            "",
          ]}
        >
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell>
                <Link
                  className="text-ui-fg-interactive hover:underline"
                  to={`/orders/${r.order_id}`}
                >
                  {r.order_id}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={STATUS_COLOR[r.status] ?? "grey"}>{r.status}</StatusBadge>
              </Table.Cell>
              <Table.Cell>{r.attempts}</Table.Cell>
              <Table.Cell>
                {r.status === "pending" ? formatDateTime(r.next_attempt_at) : "—"}
              </Table.Cell>
              <Table.Cell>{formatDateTime(r.sent_at)}</Table.Cell>
              <Table.Cell>{r.response_status ?? "—"}</Table.Cell>
              <Table.Cell className="max-w-[320px]">
                {r.last_error ? (
                  <Text size="small" className="truncate text-ui-fg-error" title={r.last_error}>
                    {r.last_error}
                  </Text>
                ) : (
                  "—"
                )}
              </Table.Cell>
              <Table.Cell className="text-right">
                {r.status !== "sent" ? (
                  <Button
                    size="small"
                    variant="secondary"
                    isLoading={busy === r.id}
                    onClick={() => retry(r)}
                  >
                    Retry
                  </Button>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </SimpleTable>
      ) : null}
    </div>
  )
}
