import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Input, Table } from "@medusajs/ui"
import { ListState, OptionSelect, SectionHeader } from "../../components/common"
import { useCounterparties } from "../../components/counterparties"
import { RequestDrawer } from "../../components/after-sales/request-drawer"
import { RequestsTable } from "../../components/after-sales/requests-table"
import {
  REQUEST_STATUSES,
  REQUEST_TYPES,
  type RequestList,
} from "../../components/after-sales/types"
import { withQuery } from "../../lib/api"
import { humanize } from "../../lib/format"
import { useApi } from "../../lib/use-api"

const PAGE = 50
const TYPE_OPTIONS = REQUEST_TYPES.map((t) => ({ value: t, label: humanize(t) }))
const STATUS_OPTIONS = REQUEST_STATUSES.map((s) => ({ value: s, label: humanize(s) }))

/** After-sales requests of the manager's clients: complaints, feedback, returns, document requests. */
const RequestsPage = () => {
  const parties = useCounterparties()
  const [filters, setFilters] = useState({
    type: "",
    status: "open",
    legal_entity_id: "",
    order_id: "",
  })
  const [page, setPage] = useState(0)
  const [openId, setOpenId] = useState<string | null>(null)
  const { data, error, loading, reload } = useApi<RequestList>(
    withQuery("/admin/b2b/requests", {
      ...filters,
      order_id: filters.order_id.trim(),
      limit: PAGE,
      offset: page * PAGE,
    })
  )
  const setFilter = (k: keyof typeof filters, v: string) => {
    setFilters((f) => ({ ...f, [k]: v }))
    setPage(0)
  }
  const rows = data?.requests ?? []
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE))
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Requests"
        subtitle="Complaints, feedback, return and document requests of your counterparties"
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
        emptyText="No requests match."
      />
      {rows.length ? (
        <>
          <RequestsTable rows={rows} onOpen={setOpenId} />
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
      {openId ? (
        <RequestDrawer id={openId} onOpenChange={(o) => !o && setOpenId(null)} onChanged={reload} />
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Requests", icon: ChatBubbleLeftRight })

export default RequestsPage
