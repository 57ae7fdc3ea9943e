import { StatusBadge, Table, Text } from "@medusajs/ui"
import { SimpleTable } from "../common"
import { formatDateTime, humanize } from "../../lib/format"
import { STATUS_COLOR, type OrderRequest } from "./types"

/** Rows of requests; a click opens the request. */
export function RequestsTable({
  rows,
  onOpen,
  showOrder = true,
}: {
  rows: OrderRequest[]
  onOpen: (id: string) => void
  showOrder?: boolean
}) {
  return (
    <SimpleTable
      columns={[
        "Created",
        "Type",
        "Subject",
        ...(showOrder ? ["Order", "Counterparty"] : []),
        "Author",
        "Status",
      ]}
    >
      {rows.map((r) => (
        <Table.Row key={r.id} className="cursor-pointer" onClick={() => onOpen(r.id)}>
          <Table.Cell>{formatDateTime(r.created_at)}</Table.Cell>
          <Table.Cell>{humanize(r.type)}</Table.Cell>
          <Table.Cell>
            <Text size="small" className="max-w-[240px] truncate">
              {r.subject ?? r.message ?? (r.document_type ? humanize(r.document_type) : "—")}
            </Text>
          </Table.Cell>
          {showOrder ? (
            <>
              <Table.Cell>{r.order_display_id ? `#${r.order_display_id}` : r.order_id}</Table.Cell>
              <Table.Cell>{r.legal_entity_name ?? "—"}</Table.Cell>
            </>
          ) : null}
          <Table.Cell>{r.customer?.email ?? "—"}</Table.Cell>
          <Table.Cell>
            <StatusBadge color={STATUS_COLOR[r.status] ?? "grey"}>{humanize(r.status)}</StatusBadge>
          </Table.Cell>
        </Table.Row>
      ))}
    </SimpleTable>
  )
}
