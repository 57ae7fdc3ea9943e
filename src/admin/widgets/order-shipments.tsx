import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Input, StatusBadge, Switch, Table, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  ErrorText,
  Field,
  FormDrawer,
  ListState,
  OptionSelect,
  SectionHeader,
  SimpleTable,
} from "../components/common"
import { api } from "../lib/api"
import { formatDate, formatDateTime } from "../lib/format"
import { useAction, useApi } from "../lib/use-api"
import type { AdminOrderShipmentsResponse, Shipment } from "../../types/ordering/http"

/** GET /admin/b2b/orders/:id/shipments, written once in src/types */
type View = AdminOrderShipmentsResponse

const SHIPMENT_COLOR: Record<string, "grey" | "blue" | "orange" | "green" | "red"> = {
  pending: "grey",
  packed: "blue",
  shipped: "orange",
  delivered: "green",
  canceled: "red",
}
const LINE_COLOR: Record<string, "grey" | "blue" | "orange" | "green" | "red"> = {
  awaiting: "grey",
  partially_shipped: "orange",
  shipped: "orange",
  partially_delivered: "blue",
  delivered: "green",
  canceled: "red",
}
const human = (s: string) => s.replace(/_/g, " ")

/**
 * Shipments of an order on Medusa's order page: each shipment (a Medusa fulfillment from one
 * warehouse) with its lines, tracking, documents and status buttons; the lines' delivery status;
 * what the order split planned and is not shipped yet; and a form for a new shipment.
 */
const OrderShipmentsWidget = ({ data: order }: { data: { id: string } }) => {
  const path = `/admin/b2b/orders/${order.id}/shipments`
  const view = useApi<View>(path)
  const { busy, run } = useAction()
  const [open, setOpen] = useState(false)
  const [tracking, setTracking] = useState<Record<string, { number: string; url: string }>>({})
  const data = view.data

  const move = async (s: Shipment, status: "shipped" | "delivered" | "canceled") => {
    const t = tracking[s.id]
    const body: Record<string, unknown> = { status }
    if (status === "shipped" && t?.number) body.tracking_number = t.number
    if (status === "shipped" && t?.url) body.tracking_url = t.url
    const r = await run(() => api(`${path}/${s.id}`, { body }), {
      success: `Shipment ${human(status)}`,
      failure: "Could not change the shipment",
    })
    if (r) view.reload()
  }

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Shipments"
        subtitle="Several shipments per order, each from one warehouse"
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={() => setOpen(true)}
            disabled={!data?.lines.some((l) => (l.remaining ?? 0) > 0)}
          >
            New shipment
          </Button>
        }
      />
      <ListState
        loading={view.loading}
        error={view.error}
        empty={!data?.shipments.length}
        emptyText="No shipments yet."
      />
      {data?.shipments.map((s, n) => (
        <div key={s.id} className="flex flex-col gap-y-2 px-6 py-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="flex items-center gap-x-2">
              <Text size="small" weight="plus">
                #{n + 1} · {s.location?.name ?? s.location?.id ?? "—"}
              </Text>
              <StatusBadge color={SHIPMENT_COLOR[s.status] ?? "grey"}>{s.status}</StatusBadge>
              <Text size="xsmall" className="text-ui-fg-muted">
                {s.shipped_at
                  ? `shipped ${formatDateTime(s.shipped_at)}`
                  : `created ${formatDateTime(s.created_at)}`}
                {s.delivered_at ? ` · delivered ${formatDateTime(s.delivered_at)}` : ""}
              </Text>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {s.status === "pending" || s.status === "packed" ? (
                <>
                  <Input
                    size="small"
                    placeholder="Tracking number"
                    value={tracking[s.id]?.number ?? ""}
                    onChange={(e) =>
                      setTracking((t) => ({
                        ...t,
                        [s.id]: { number: e.target.value, url: t[s.id]?.url ?? "" },
                      }))
                    }
                  />
                  <Input
                    size="small"
                    placeholder="Tracking URL"
                    value={tracking[s.id]?.url ?? ""}
                    onChange={(e) =>
                      setTracking((t) => ({
                        ...t,
                        [s.id]: { url: e.target.value, number: t[s.id]?.number ?? "" },
                      }))
                    }
                  />
                  <Button size="small" disabled={busy} onClick={() => move(s, "shipped")}>
                    Mark shipped
                  </Button>
                  <Button
                    size="small"
                    variant="danger"
                    disabled={busy}
                    onClick={() => move(s, "canceled")}
                  >
                    Cancel
                  </Button>
                </>
              ) : null}
              {s.status === "shipped" ? (
                <Button size="small" disabled={busy} onClick={() => move(s, "delivered")}>
                  Mark delivered
                </Button>
              ) : null}
            </div>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {s.items.map((i) => `${i.sku ?? i.title ?? i.item_id} × ${i.quantity}`).join(", ")}
          </Text>
          {s.tracking.length ? (
            <Text size="small">
              Tracking:{" "}
              {s.tracking.map((t, i) => (
                <span key={i} className="mr-2">
                  {t.url ? (
                    <a
                      className="text-ui-fg-interactive"
                      href={t.url}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {t.number ?? t.url}
                    </a>
                  ) : (
                    t.number
                  )}
                </span>
              ))}
            </Text>
          ) : null}
          {s.documents.length ? (
            <Text size="small">
              Documents:{" "}
              {s.documents
                .map(
                  (d) =>
                    `${d.type.toUpperCase()} ${d.number}${d.status && d.status !== "ready" ? ` (${d.status})` : ""}`
                )
                .join(", ")}
            </Text>
          ) : null}
        </div>
      ))}
      {data?.planned.length ? (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus">
            Planned, not yet in a shipment
          </Text>
          {data.planned.map((p) => (
            <Text key={p.key} size="small" className="text-ui-fg-subtle">
              {human(p.kind)}
              {p.location ? ` · ${p.location.name ?? p.location.id}` : ""}
              {p.preorder_date ? ` · ${formatDate(p.preorder_date)}` : ""}:{" "}
              {p.items.map((i) => `${i.sku ?? i.title ?? "?"} × ${i.quantity}`).join(", ")}
            </Text>
          ))}
        </div>
      ) : null}
      {data?.lines.length ? (
        <SimpleTable
          columns={["Line", "Ordered", "In shipments", "Shipped", "Delivered", "Status"]}
        >
          {data.lines.map((l) => (
            <Table.Row key={l.item_id}>
              <Table.Cell>
                {l.sku ?? "—"}{" "}
                {l.title ? <span className="text-ui-fg-muted">{l.title}</span> : null}
              </Table.Cell>
              <Table.Cell>{l.ordered}</Table.Cell>
              <Table.Cell>{l.fulfilled}</Table.Cell>
              <Table.Cell>{l.shipped}</Table.Cell>
              <Table.Cell>{l.delivered}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={LINE_COLOR[l.status] ?? "grey"}>{human(l.status)}</StatusBadge>
              </Table.Cell>
            </Table.Row>
          ))}
        </SimpleTable>
      ) : null}
      {data ? (
        <NewShipmentDrawer
          open={open}
          onOpenChange={setOpen}
          path={path}
          view={data}
          onDone={() => {
            setOpen(false)
            view.reload()
          }}
        />
      ) : null}
    </Container>
  )
}

function NewShipmentDrawer({
  open,
  onOpenChange,
  path,
  view,
  onDone,
}: {
  open: boolean
  onOpenChange: (o: boolean) => void
  path: string
  view: View
  onDone: () => void
}) {
  const { busy, run } = useAction()
  const [location, setLocation] = useState("")
  const [qty, setQty] = useState<Record<string, string>>({})
  const [number, setNumber] = useState("")
  const [url, setUrl] = useState("")
  const [shipNow, setShipNow] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open_ = useMemo(() => view.lines.filter((l) => (l.remaining ?? 0) > 0), [view.lines])

  const submit = async () => {
    setError(null)
    if (!location) return setError("location_id: choose the warehouse")
    const items = open_
      .map((l) => ({ id: l.item_id, quantity: Number(qty[l.item_id] ?? "") }))
      .filter((i) => Number.isInteger(i.quantity) && i.quantity > 0)
    if (!items.length) return setError("items: enter a quantity for at least one line")
    const body: Record<string, unknown> = { location_id: location, items, ship_now: shipNow }
    if (number.trim()) body.tracking_number = number.trim()
    if (url.trim()) body.tracking_url = url.trim()
    const r = await run(() => api(path, { body }), {
      success: "Shipment created",
      failure: "Could not create the shipment",
    })
    if (r) {
      setQty({})
      setNumber("")
      setUrl("")
      onDone()
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="New shipment"
      submitLabel="Create shipment"
      submitting={busy}
      onSubmit={submit}
    >
      <Field label="Warehouse">
        <OptionSelect
          value={location}
          onChange={setLocation}
          options={(view.locations ?? []).map((l) => ({ value: l.id, label: l.name }))}
          placeholder="Choose the warehouse"
        />
      </Field>
      {open_.map((l) => (
        <Field
          key={l.item_id}
          label={`${l.sku ?? l.title ?? l.item_id}`}
          hint={`${l.remaining} of ${l.ordered} not yet in a shipment`}
        >
          <Input
            size="small"
            type="number"
            min={0}
            max={l.remaining}
            value={qty[l.item_id] ?? ""}
            placeholder="0"
            onChange={(e) => setQty((q) => ({ ...q, [l.item_id]: e.target.value }))}
          />
        </Field>
      ))}
      <Field label="Tracking number">
        <Input size="small" value={number} onChange={(e) => setNumber(e.target.value)} />
      </Field>
      <Field label="Tracking URL">
        <Input
          size="small"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://…"
        />
      </Field>
      <div className="flex items-center gap-x-2">
        <Switch id="ship-now" checked={shipNow} onCheckedChange={setShipNow} />
        <Text size="small" as="span">
          Mark shipped at once
        </Text>
      </div>
      <ErrorText>{error}</ErrorText>
    </FormDrawer>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderShipmentsWidget
