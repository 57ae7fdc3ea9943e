import { StatusBadge, Text } from "@medusajs/ui"
import { formatMoney, isNegative, isNonZero } from "../../lib/format"
import { STATE_COLOR, STATE_LABEL, type Position } from "./types"

export function StateBadge({ position }: { position: Position | null }) {
  if (!position) return <StatusBadge color="grey">unknown</StatusBadge>
  return (
    <StatusBadge color={STATE_COLOR[position.state] ?? "grey"}>
      {STATE_LABEL[position.state] ?? position.state}
    </StatusBadge>
  )
}

/** A money value with colour: red when negative (or when `alertIfNonZero` and not zero). */
export function MoneyText({
  amount,
  currency,
  alertIfNonZero,
  weight,
}: {
  amount: string | null | undefined
  currency?: string
  alertIfNonZero?: boolean
  weight?: "plus"
}) {
  const alert = isNegative(amount) || (alertIfNonZero && isNonZero(amount))
  return (
    <Text
      size="small"
      weight={weight}
      className={`whitespace-nowrap tabular-nums ${alert ? "text-ui-fg-error" : ""}`}
    >
      {formatMoney(amount, currency)}
    </Text>
  )
}

/** The position as a row of figures (detail page header). */
export function PositionSummary({ position }: { position: Position }) {
  const cur = position.currency_code
  const items: [string, string, boolean?][] = [
    ["Credit limit", position.credit_limit],
    ["Debt", position.debt],
    ["Overdue", position.overdue, true],
    ["Open orders", position.open_orders],
    ["Available", position.available],
  ]
  return (
    <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-6">
      {items.map(([label, v, alert]) => (
        <div key={label}>
          <Text size="xsmall" className="text-ui-fg-muted">
            {label}
          </Text>
          <MoneyText amount={v} currency={cur} alertIfNonZero={alert} weight="plus" />
        </div>
      ))}
      <div>
        <Text size="xsmall" className="text-ui-fg-muted">
          State
        </Text>
        <StateBadge position={position} />
        {position.block_reason ? (
          <Text size="xsmall" className="text-ui-fg-error">
            {position.block_reason}
          </Text>
        ) : null}
      </div>
    </div>
  )
}
