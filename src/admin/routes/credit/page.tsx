import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Button, Container, Input, Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { ListState, OptionSelect, SectionHeader, SimpleTable } from "../../components/common"
import { useCounterparties } from "../../components/counterparties"
import { AccountFormDrawer } from "../../components/credit/account-form"
import { MoneyText, StateBadge } from "../../components/credit/position-cells"
import { STATE_LABEL, type CreditAccount } from "../../components/credit/types"
import { useApi } from "../../lib/use-api"

const STATE_OPTIONS = Object.entries(STATE_LABEL).map(([value, label]) => ({ value, label }))

/** Credit accounts of the manager's clients with their current position. */
const CreditPage = () => {
  const navigate = useNavigate()
  const parties = useCounterparties()
  const { data, error, loading, reload } = useApi<{ credit_accounts: CreditAccount[] }>(
    "/admin/b2b/credit/accounts"
  )
  const [q, setQ] = useState("")
  const [state, setState] = useState("")
  const [creating, setCreating] = useState(false)

  const nameOf = (a: CreditAccount) =>
    a.holding_id ? parties.holdingName(a.holding_id) : parties.legalEntityName(a.legal_entity_id)
  const rows = (data?.credit_accounts ?? []).filter((a) => {
    if (state && a.position?.state !== state) return false
    const needle = q.trim().toLowerCase()
    return (
      !needle ||
      nameOf(a).toLowerCase().includes(needle) ||
      (a.agreement_number ?? "").toLowerCase().includes(needle)
    )
  })

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Credit"
        subtitle="Limits, debt and overdue of your counterparties; open an account to control ordering on credit."
        actions={
          <>
            <Input
              size="small"
              type="search"
              placeholder="Search counterparty or agreement"
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
            <div className="w-40">
              <OptionSelect
                value={state}
                onChange={setState}
                options={STATE_OPTIONS}
                emptyLabel="All states"
              />
            </div>
            <Button size="small" onClick={() => setCreating(true)}>
              New account
            </Button>
          </>
        }
      />
      <ListState
        loading={loading}
        error={error}
        empty={!rows.length}
        emptyText="No credit accounts match."
      />
      {rows.length ? (
        <SimpleTable
          columns={[
            "Counterparty",
            "Agreement",
            "Limit",
            "Debt",
            "Overdue",
            "Open orders",
            "Available",
            "State",
          ]}
        >
          {rows.map((a) => {
            const p = a.position
            const cur = p?.currency_code ?? a.currency_code
            return (
              <Table.Row
                key={a.id}
                className="cursor-pointer"
                onClick={() => navigate(`/credit/${a.id}`)}
              >
                <Table.Cell>
                  <Text size="small" weight="plus">
                    {nameOf(a)}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {a.holding_id ? "holding account" : "legal entity"}
                  </Text>
                </Table.Cell>
                <Table.Cell>{a.agreement_number ?? "—"}</Table.Cell>
                <Table.Cell>
                  <MoneyText amount={p?.credit_limit} currency={cur} />
                </Table.Cell>
                <Table.Cell>
                  <MoneyText amount={p?.debt} currency={cur} />
                </Table.Cell>
                <Table.Cell>
                  <MoneyText amount={p?.overdue} currency={cur} alertIfNonZero />
                </Table.Cell>
                <Table.Cell>
                  <MoneyText amount={p?.open_orders} currency={cur} />
                </Table.Cell>
                <Table.Cell>
                  <MoneyText amount={p?.available} currency={cur} />
                </Table.Cell>
                <Table.Cell>
                  <StateBadge position={p} />
                  {p?.block_reason ? (
                    <Text
                      size="xsmall"
                      className="max-w-[220px] truncate text-ui-fg-error"
                      title={p.block_reason}
                    >
                      {p.block_reason}
                    </Text>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </SimpleTable>
      ) : null}
      {creating ? (
        <AccountFormDrawer
          open
          onOpenChange={setCreating}
          onSaved={(a) => {
            setCreating(false)
            reload()
            navigate(`/credit/${a.id}`)
          }}
        />
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Credit", icon: CreditCard })

export default CreditPage
