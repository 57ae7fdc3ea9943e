import { useState } from "react"
import { Button, Container, Tabs, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { ErrorText, ListState, SectionHeader } from "../../../components/common"
import { useCounterparties } from "../../../components/counterparties"
import { AccountFormDrawer } from "../../../components/credit/account-form"
import {
  ExposuresTable,
  LedgerTable,
  OverridesTable,
  ScheduleTable,
} from "../../../components/credit/account-tables"
import {
  EntryFormDrawer,
  OverrideFormDrawer,
  ScheduleFormDrawer,
} from "../../../components/credit/ledger-forms"
import { PositionSummary } from "../../../components/credit/position-cells"
import type { CreditAccountDetail } from "../../../components/credit/types"
import { useApi } from "../../../lib/use-api"

type DrawerName = "terms" | "entry" | "override" | "schedule" | null

/** One credit account: position, ledger, open orders, overrides, payment schedule, and the forms that change them. */
const CreditAccountPage = () => {
  const { id } = useParams()
  const parties = useCounterparties()
  const { data, error, loading, reload } = useApi<{ credit_account: CreditAccountDetail }>(
    id ? `/admin/b2b/credit/accounts/${id}` : null
  )
  const [drawer, setDrawer] = useState<DrawerName>(null)
  const [version, setVersion] = useState(0)
  const account = data?.credit_account

  if (!account) {
    return (
      <Container className="p-0">
        <ListState loading={loading} error={error} empty emptyText="Credit account not found." />
      </Container>
    )
  }

  const title = account.holding_id
    ? parties.holdingName(account.holding_id)
    : parties.legalEntityName(account.legal_entity_id)
  const members = account.holding_id
    ? parties
        .membersOf(account.holding_id)
        .map((m) => ({ value: m.id, label: m.inn ? `${m.name} (${m.inn})` : m.name }))
    : []
  const saved = () => {
    setDrawer(null)
    setVersion((v) => v + 1)
    reload()
  }
  const formProps = {
    account,
    members,
    onSaved: saved,
    onOpenChange: (o: boolean) => !o && setDrawer(null),
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          level="h1"
          title={title}
          subtitle={`${account.holding_id ? "Holding account" : "Counterparty account"} · ${account.currency_code.toUpperCase()} · terms ${account.payment_terms_days} d, grace ${account.overdue_days_threshold} d${account.agreement_number ? ` · agreement ${account.agreement_number}` : ""}`}
          actions={
            <>
              <Button size="small" variant="secondary" onClick={() => setDrawer("terms")}>
                Edit terms
              </Button>
              <Button size="small" variant="transparent" asChild>
                <Link to="/credit">Back</Link>
              </Button>
            </>
          }
        />
        {error ? (
          <div className="px-6 py-3">
            <ErrorText>{error}</ErrorText>
          </div>
        ) : null}
        {account.position ? (
          <PositionSummary position={account.position} />
        ) : (
          <div className="px-6 py-4">
            <Text size="small">No position.</Text>
          </div>
        )}
        <div className="flex flex-wrap gap-2 px-6 py-4">
          <Button size="small" onClick={() => setDrawer("entry")}>
            Record payment / entry
          </Button>
          <Button size="small" variant="secondary" onClick={() => setDrawer("override")}>
            Grant one-time override
          </Button>
          <Button size="small" variant="secondary" onClick={() => setDrawer("schedule")}>
            Add planned payment
          </Button>
        </div>
      </Container>

      <Container className="p-0">
        <Tabs defaultValue="ledger">
          <div className="px-6 py-4">
            <Tabs.List>
              <Tabs.Trigger value="ledger">Ledger</Tabs.Trigger>
              <Tabs.Trigger value="orders">
                Open orders ({account.open_exposures.length})
              </Tabs.Trigger>
              <Tabs.Trigger value="overrides">Overrides ({account.overrides.length})</Tabs.Trigger>
              <Tabs.Trigger value="schedule">Schedule</Tabs.Trigger>
            </Tabs.List>
          </div>
          <div className="border-t">
            <Tabs.Content value="ledger">
              <LedgerTable
                key={version}
                accountId={account.id}
                legalEntityName={parties.legalEntityName}
              />
            </Tabs.Content>
            <Tabs.Content value="orders">
              <ExposuresTable account={account} legalEntityName={parties.legalEntityName} />
            </Tabs.Content>
            <Tabs.Content value="overrides">
              <OverridesTable account={account} legalEntityName={parties.legalEntityName} />
            </Tabs.Content>
            <Tabs.Content value="schedule">
              <ScheduleTable key={version} accountId={account.id} />
            </Tabs.Content>
          </div>
        </Tabs>
      </Container>

      {drawer === "terms" ? (
        <AccountFormDrawer
          account={account}
          open
          onOpenChange={formProps.onOpenChange}
          onSaved={saved}
        />
      ) : null}
      {drawer === "entry" ? <EntryFormDrawer {...formProps} open /> : null}
      {drawer === "override" ? <OverrideFormDrawer {...formProps} open /> : null}
      {drawer === "schedule" ? <ScheduleFormDrawer {...formProps} open /> : null}
    </div>
  )
}

export default CreditAccountPage
