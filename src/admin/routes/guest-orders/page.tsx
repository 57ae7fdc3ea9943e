import { useEffect, useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Phone } from "@medusajs/icons"
import { Badge, Button, Container, Input, Table, Text, toast } from "@medusajs/ui"
import {
  Field,
  FormDrawer,
  ListState,
  OptionSelect,
  SectionHeader,
  SimpleTable,
} from "../../components/common"
import type { LegalEntityRow } from "../../components/counterparties"
import { api, errorMessage } from "../../lib/api"
import { formatDateTime, formatMoney } from "../../lib/format"
import { useApi } from "../../lib/use-api"
import type { GuestOrder } from "../../../types/ordering/http"

type Employee = {
  id: string
  customer_id: string
  status: string
  customer?: { email?: string | null; first_name?: string | null; last_name?: string | null } | null
  role?: { name?: string } | null
}

const FILTERS = [
  { value: "false", label: "Not attached" },
  { value: "true", label: "Attached" },
]

/**
 * One-click orders of visitors who were not logged in (B2B_GUEST_ONE_CLICK): contact data to call
 * them back, and "Attach to company" to give the order to a counterparty (and one of its people).
 */
const GuestOrdersPage = () => {
  const [attached, setAttached] = useState("")
  const { data, error, loading, reload } = useApi<{
    guest_orders: GuestOrder[]
    count: number
    unattached: number
  }>(`/admin/b2b/guest-orders?limit=200${attached ? `&attached=${attached}` : ""}`)
  const [attaching, setAttaching] = useState<GuestOrder | null>(null)
  const rows = data?.guest_orders ?? []

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Guest orders"
        subtitle={`One-click orders placed without signing in${data ? ` — ${data.unattached} not attached to a company yet` : ""}.`}
        actions={
          <div className="w-44">
            <OptionSelect
              value={attached}
              onChange={setAttached}
              options={FILTERS}
              emptyLabel="All guest orders"
            />
          </div>
        }
      />
      <ListState
        loading={loading}
        error={error}
        empty={!rows.length}
        emptyText="No guest orders."
      />
      {rows.length ? (
        <SimpleTable
          columns={[
            "Order",
            "Placed",
            "Contact",
            "Company (as given)",
            "Lines",
            "Total",
            "Counterparty",
            "",
          ]}
        >
          {rows.map((o) => (
            <Table.Row key={o.id}>
              <Table.Cell>
                <Text size="small" weight="plus">
                  #{o.display_id}
                </Text>
              </Table.Cell>
              <Table.Cell>{formatDateTime(o.created_at)}</Table.Cell>
              <Table.Cell>
                <Text size="small" weight="plus">
                  {o.guest.name ?? "—"}
                </Text>
                <Text size="xsmall">
                  <a className="text-ui-fg-interactive" href={`tel:${o.guest.phone}`}>
                    {o.guest.phone}
                  </a>
                </Text>
                <Text size="xsmall">
                  <a className="text-ui-fg-interactive" href={`mailto:${o.guest.email}`}>
                    {o.guest.email}
                  </a>
                </Text>
                {o.guest.comment ? (
                  <Text
                    size="xsmall"
                    className="max-w-[240px] truncate text-ui-fg-muted"
                    title={o.guest.comment}
                  >
                    {o.guest.comment}
                  </Text>
                ) : null}
              </Table.Cell>
              <Table.Cell>
                <Text size="small">{o.guest.company_name ?? "—"}</Text>
                {o.guest.inn ? (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    INN {o.guest.inn}
                  </Text>
                ) : null}
              </Table.Cell>
              <Table.Cell>
                {(o.items ?? []).slice(0, 3).map((i) => (
                  <Text key={i.id} size="xsmall" className="max-w-[260px] truncate" title={i.title}>
                    {i.variant_sku ? `${i.variant_sku} · ` : ""}
                    {i.title} × {String(i.quantity)}
                  </Text>
                ))}
                {(o.items?.length ?? 0) > 3 ? (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    +{(o.items?.length ?? 0) - 3} more
                  </Text>
                ) : null}
              </Table.Cell>
              <Table.Cell>
                {formatMoney(o.total === null ? null : String(o.total), o.currency_code)}
              </Table.Cell>
              <Table.Cell>
                {o.legal_entity ? (
                  <>
                    <Badge size="2xsmall" color="green">
                      attached
                    </Badge>
                    <Text size="small">{o.legal_entity.name}</Text>
                    {o.attached?.at ? (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {formatDateTime(o.attached.at)}
                      </Text>
                    ) : null}
                  </>
                ) : (
                  <Badge size="2xsmall" color="orange">
                    not attached
                  </Badge>
                )}
              </Table.Cell>
              <Table.Cell>
                {!o.legal_entity ? (
                  <Button size="small" variant="secondary" onClick={() => setAttaching(o)}>
                    Attach to company
                  </Button>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </SimpleTable>
      ) : null}
      {attaching ? (
        <AttachDrawer
          order={attaching}
          onOpenChange={(open) => !open && setAttaching(null)}
          onAttached={() => {
            setAttaching(null)
            reload()
          }}
        />
      ) : null}
    </Container>
  )
}

/** Drawer: find the counterparty (by name or INN, prefilled with what the guest gave), optionally one of its employees. */
function AttachDrawer({
  order,
  onOpenChange,
  onAttached,
}: {
  order: GuestOrder
  onOpenChange: (o: boolean) => void
  onAttached: () => void
}) {
  const [q, setQ] = useState(order.guest.inn ?? order.guest.company_name ?? "")
  const [debounced, setDebounced] = useState(q)
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q.trim()), 300)
    return () => clearTimeout(t)
  }, [q])
  const found = useApi<{ legal_entities: LegalEntityRow[] }>(
    `/admin/b2b/legal-entities?limit=20${debounced ? `&q=${encodeURIComponent(debounced)}` : ""}`
  )
  const [legalEntityId, setLegalEntityId] = useState("")
  const staff = useApi<{ employees: Employee[] }>(
    legalEntityId ? `/admin/b2b/legal-entities/${legalEntityId}/employees` : null
  )
  const [customerId, setCustomerId] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const options = (found.data?.legal_entities ?? []).map((l) => ({
    value: l.id,
    label: l.inn ? `${l.name} (${l.inn})` : l.name,
  }))
  const people = (staff.data?.employees ?? [])
    .filter((e) => e.status === "active")
    .map((e) => {
      const who = [e.customer?.first_name, e.customer?.last_name].filter(Boolean).join(" ")
      return {
        value: e.customer_id,
        label:
          [who || null, e.customer?.email, e.role?.name].filter(Boolean).join(" · ") ||
          e.customer_id,
      }
    })

  const submit = async () => {
    if (!legalEntityId) {
      setError("Choose the counterparty")
      return
    }
    setError(null)
    setSaving(true)
    try {
      await api(`/admin/b2b/guest-orders/${order.id}/attach`, {
        body: {
          legal_entity_id: legalEntityId,
          ...(customerId ? { customer_id: customerId } : {}),
        },
      })
      toast.success(`Order #${order.display_id} attached`)
      onAttached()
    } catch (e) {
      toast.error("Could not attach the order", { description: errorMessage(e) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <FormDrawer
      open
      onOpenChange={onOpenChange}
      title={`Attach order #${order.display_id} to a company`}
      submitLabel="Attach"
      submitting={saving}
      onSubmit={submit}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {order.guest.name ?? "Guest"} · {order.guest.phone} · {order.guest.email}
        {order.guest.company_name ? ` · ${order.guest.company_name}` : ""}
        {order.guest.inn ? ` · INN ${order.guest.inn}` : ""}
      </Text>
      <Field label="Search counterparty" hint="Name or the first digits of the INN">
        <Input
          size="small"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="ООО Ромашка or 7707…"
        />
      </Field>
      <Field
        label="Counterparty"
        error={error}
        hint={
          found.loading
            ? "Searching…"
            : options.length
              ? undefined
              : "Nothing found: change the search, or create the company first"
        }
      >
        <OptionSelect
          value={legalEntityId}
          onChange={(v) => {
            setLegalEntityId(v)
            setCustomerId("")
          }}
          options={options}
          placeholder="Choose the counterparty"
        />
      </Field>
      {legalEntityId ? (
        <Field
          label="Employee (optional)"
          hint="The order becomes this person's: they see it among their own orders"
        >
          <OptionSelect
            value={customerId}
            onChange={setCustomerId}
            options={people}
            emptyLabel="Nobody in particular"
          />
        </Field>
      ) : null}
    </FormDrawer>
  )
}

export const config = defineRouteConfig({ label: "Guest orders", icon: Phone })

export default GuestOrdersPage
