import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Badge, Button, Container, StatusBadge, Table, Text, usePrompt } from "@medusajs/ui"
import { ListState, SectionHeader, SimpleTable } from "../../components/common"
import { StatusDrawer } from "../../components/order-statuses/status-drawer"
import { badgeColor, type OrderStatus } from "../../components/order-statuses/types"
import { api } from "../../lib/api"
import { useAction, useApi } from "../../lib/use-api"

/** B2B order statuses: the list managers and 1C work with, each mapped to a 1C status id. */
const OrderStatusesPage = () => {
  const { data, error, loading, reload } = useApi<{ order_statuses: OrderStatus[] }>(
    "/admin/b2b/order-statuses"
  )
  const [editing, setEditing] = useState<OrderStatus | null>(null)
  const [open, setOpen] = useState(false)
  const { run } = useAction()
  const prompt = usePrompt()
  const rows = data?.order_statuses ?? []

  const edit = (s: OrderStatus | null) => {
    setEditing(s)
    setOpen(true)
  }
  const remove = async (s: OrderStatus) => {
    if (
      !(await prompt({
        title: `Delete “${s.name}”?`,
        description: "Refused while any order has this status; deactivate it instead.",
        confirmText: "Delete",
        cancelText: "Cancel",
      }))
    )
      return
    if (
      await run(() => api(`/admin/b2b/order-statuses/${s.code}`, { method: "DELETE" }), {
        success: "Status deleted",
        failure: "Could not delete the status",
      })
    )
      reload()
  }

  return (
    <Container className="p-0">
      <SectionHeader
        level="h1"
        title="B2B order statuses"
        subtitle="Statuses buyers see in their order history, mapped to the statuses of 1C's exchange (mode=info, exported orders, incoming changes)."
        actions={
          <Button size="small" variant="secondary" onClick={() => edit(null)}>
            Create
          </Button>
        }
      />
      <ListState
        loading={loading && !data}
        error={error}
        empty={!!data && !rows.length}
        emptyText="No statuses."
      />
      {rows.length ? (
        <SimpleTable columns={["Status", "Code", "1C id", "1C name", "Flags", ""]}>
          {rows.map((s) => (
            <Table.Row key={s.code}>
              <Table.Cell>
                <StatusBadge color={badgeColor(s.color)}>{s.name}</StatusBadge>
              </Table.Cell>
              <Table.Cell>
                <Text size="small" className="font-mono">
                  {s.code}
                </Text>
              </Table.Cell>
              <Table.Cell>{s.one_c_id ?? "—"}</Table.Cell>
              <Table.Cell>{s.one_c_name ?? "—"}</Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap gap-1">
                  {s.is_default_for_new ? (
                    <Badge size="2xsmall" color="blue">
                      new orders
                    </Badge>
                  ) : null}
                  {s.is_final ? (
                    <Badge size="2xsmall" color={s.final_action === "cancel" ? "red" : "green"}>
                      final{s.final_action ? `: ${s.final_action}` : ""}
                    </Badge>
                  ) : null}
                  {!s.is_active ? <Badge size="2xsmall">inactive</Badge> : null}
                  {!s.buyer_visible ? <Badge size="2xsmall">hidden from buyers</Badge> : null}
                </div>
              </Table.Cell>
              <Table.Cell className="text-right whitespace-nowrap">
                <Button size="small" variant="transparent" onClick={() => edit(s)}>
                  Edit
                </Button>
                <Button
                  size="small"
                  variant="transparent"
                  disabled={s.is_default_for_new}
                  onClick={() => remove(s)}
                >
                  Delete
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </SimpleTable>
      ) : null}
      <StatusDrawer
        status={editing}
        open={open}
        onOpenChange={setOpen}
        onSaved={() => {
          setOpen(false)
          reload()
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "B2B order statuses", icon: Tag })

export default OrderStatusesPage
