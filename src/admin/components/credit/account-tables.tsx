import { useEffect, useState } from "react"
import { Badge, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ListState, SimpleTable } from "../common"
import { withQuery } from "../../lib/api"
import { formatDate, formatDateTime, humanize } from "../../lib/format"
import { useApi } from "../../lib/use-api"
import { MoneyText } from "./position-cells"
import { exact, type CreditAccountDetail, type LedgerEntry, type ScheduleItem } from "./types"

const PAGE = 50
type NameOf = (id: string | null | undefined) => string

const OrderLink = ({ id }: { id: string | null }) =>
  id ? (
    <Link className="text-ui-fg-interactive hover:underline" to={`/orders/${id}`}>
      {id}
    </Link>
  ) : (
    <>—</>
  )

/** The settlements ledger, oldest first, opening on its last (most recent) page. Remount (key) to refresh. */
export function LedgerTable({
  accountId,
  legalEntityName,
}: {
  accountId: string
  legalEntityName: NameOf
}) {
  const [page, setPage] = useState<number | null>(null)
  const { data, error, loading } = useApi<{ entries: LedgerEntry[]; count: number }>(
    withQuery(`/admin/b2b/credit/accounts/${accountId}/entries`, {
      limit: PAGE,
      offset: (page ?? 0) * PAGE,
    })
  )
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE))
  useEffect(() => {
    if (page === null && data) setPage(pageCount - 1)
  }, [data, page, pageCount])
  const rows = data?.entries ?? []
  const idx = page ?? 0
  return (
    <>
      <ListState
        loading={loading}
        error={error}
        empty={!rows.length}
        emptyText="No settlements yet."
      />
      {rows.length ? (
        <>
          <SimpleTable
            columns={[
              "Date",
              "Type",
              "Document",
              "Legal entity",
              "Amount",
              "Due",
              "Order",
              "Source",
              "Comment",
            ]}
          >
            {rows.map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell>{formatDate(e.document_date)}</Table.Cell>
                <Table.Cell>{humanize(e.type)}</Table.Cell>
                <Table.Cell>{e.document_number ?? "—"}</Table.Cell>
                <Table.Cell>{legalEntityName(e.legal_entity_id)}</Table.Cell>
                <Table.Cell>
                  <MoneyText amount={e.amount} currency={e.currency_code} />
                </Table.Cell>
                <Table.Cell>{formatDate(e.due_date)}</Table.Cell>
                <Table.Cell>
                  <OrderLink id={e.order_id} />
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{humanize(e.source)}</Badge>
                </Table.Cell>
                <Table.Cell className="max-w-[240px] truncate" title={e.comment ?? undefined}>
                  {e.comment ?? "—"}
                </Table.Cell>
              </Table.Row>
            ))}
          </SimpleTable>
          <Table.Pagination
            count={count}
            pageSize={PAGE}
            pageIndex={idx}
            pageCount={pageCount}
            canPreviousPage={idx > 0}
            canNextPage={idx < pageCount - 1}
            previousPage={() => setPage(Math.max(0, idx - 1))}
            nextPage={() => setPage(Math.min(pageCount - 1, idx + 1))}
          />
        </>
      ) : null}
    </>
  )
}

const EXPOSURE_COLOR = { held: "orange", open: "blue", settled: "green", released: "grey" } as const

/** Orders holding credit that has not reached the ledger yet. */
export function ExposuresTable({
  account,
  legalEntityName,
}: {
  account: CreditAccountDetail
  legalEntityName: NameOf
}) {
  const rows = account.open_exposures
  return (
    <>
      <ListState loading={false} empty={!rows.length} emptyText="No open orders on credit." />
      {rows.length ? (
        <SimpleTable columns={["Placed", "Order", "Legal entity", "Amount", "Status", "Override"]}>
          {rows.map((x) => (
            <Table.Row key={x.id}>
              <Table.Cell>{formatDateTime(x.created_at)}</Table.Cell>
              <Table.Cell>
                {x.order_id ? (
                  <OrderLink id={x.order_id} />
                ) : (
                  <Text size="small" className="text-ui-fg-muted">
                    cart {x.cart_id}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>{legalEntityName(x.legal_entity_id)}</Table.Cell>
              <Table.Cell>
                <MoneyText amount={exact(x.amount, x.raw_amount)} currency={x.currency_code} />
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={EXPOSURE_COLOR[x.status] ?? "grey"}>{x.status}</StatusBadge>
              </Table.Cell>
              <Table.Cell>{x.override_id ?? "—"}</Table.Cell>
            </Table.Row>
          ))}
        </SimpleTable>
      ) : null}
    </>
  )
}

/** Overrides granted on the account: unused, used or expired. */
export function OverridesTable({
  account,
  legalEntityName,
}: {
  account: CreditAccountDetail
  legalEntityName: NameOf
}) {
  const rows = account.overrides
  const now = Date.now()
  return (
    <>
      <ListState loading={false} empty={!rows.length} emptyText="No overrides granted." />
      {rows.length ? (
        <SimpleTable
          columns={["Granted", "Reason", "Legal entity", "Max amount", "Expires", "Status"]}
        >
          {rows.map((o) => {
            const status = o.used_at
              ? "used"
              : new Date(o.expires_at).getTime() < now
                ? "expired"
                : "available"
            return (
              <Table.Row key={o.id}>
                <Table.Cell>{formatDateTime(o.created_at)}</Table.Cell>
                <Table.Cell className="max-w-[280px] whitespace-normal">{o.reason}</Table.Cell>
                <Table.Cell>
                  {o.legal_entity_id ? legalEntityName(o.legal_entity_id) : "any"}
                </Table.Cell>
                <Table.Cell>
                  {o.max_amount === null ? (
                    "any"
                  ) : (
                    <MoneyText
                      amount={exact(o.max_amount, o.raw_max_amount)}
                      currency={account.currency_code}
                    />
                  )}
                </Table.Cell>
                <Table.Cell>{formatDateTime(o.expires_at)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge
                    color={status === "available" ? "green" : status === "used" ? "blue" : "grey"}
                  >
                    {status}
                  </StatusBadge>
                  {o.used_at ? (
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {formatDateTime(o.used_at)}
                    </Text>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </SimpleTable>
      ) : null}
    </>
  )
}

/** Planned payments of the credit agreement. */
export function ScheduleTable({ accountId }: { accountId: string }) {
  const { data, error, loading } = useApi<{ schedule: ScheduleItem[] }>(
    `/admin/b2b/credit/accounts/${accountId}/schedule`
  )
  const rows = data?.schedule ?? []
  return (
    <>
      <ListState
        loading={loading}
        error={error}
        empty={!rows.length}
        emptyText="No planned payments."
      />
      {rows.length ? (
        <SimpleTable columns={["Due", "Amount", "Agreement", "Comment", "Paid"]}>
          {rows.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{formatDate(s.due_date)}</Table.Cell>
              <Table.Cell>
                <MoneyText amount={exact(s.amount, s.raw_amount)} currency={s.currency_code} />
              </Table.Cell>
              <Table.Cell>{s.agreement_number ?? "—"}</Table.Cell>
              <Table.Cell>{s.comment ?? "—"}</Table.Cell>
              <Table.Cell>{s.paid_at ? formatDate(s.paid_at) : "—"}</Table.Cell>
            </Table.Row>
          ))}
        </SimpleTable>
      ) : null}
    </>
  )
}
