import { useState } from "react"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container } from "@medusajs/ui"
import { ListState, SectionHeader } from "../components/common"
import { RequestDrawer } from "../components/after-sales/request-drawer"
import { RequestsTable } from "../components/after-sales/requests-table"
import type { RequestList } from "../components/after-sales/types"
import { withQuery } from "../lib/api"
import { useApi } from "../lib/use-api"

/** The order's after-sales requests (complaints, feedback, returns, documents) on Medusa's order page. */
const OrderRequestsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [openId, setOpenId] = useState<string | null>(null)
  const { data, error, loading, reload } = useApi<RequestList>(
    withQuery("/admin/b2b/requests", { order_id: order.id, limit: 50 })
  )
  const rows = data?.requests ?? []
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="B2B requests"
        subtitle="Complaints, feedback, returns and document requests"
      />
      <ListState
        loading={loading}
        error={error}
        empty={!rows.length}
        emptyText="No requests for this order."
      />
      {rows.length ? <RequestsTable rows={rows} onOpen={setOpenId} showOrder={false} /> : null}
      {openId ? (
        <RequestDrawer id={openId} onOpenChange={(o) => !o && setOpenId(null)} onChanged={reload} />
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderRequestsWidget
