import type { Me } from "@/types/account"
import { switchCounterparty } from "@/lib/data/auth"
import { Badge } from "@/modules/common/components/feedback"

/**
 * The counterparty the buyer acts for, and a switch to another of theirs (the open cart moves with them and is
 * re-priced); back to `back` afterwards.
 */
export function CounterpartySwitcher({ me, back }: { me: Me; back: string }) {
  const { active_counterparty: active, memberships } = me
  return (
    <div className="counterparty my-1 flex min-w-0 max-w-full flex-wrap items-center gap-2 text-sm">
      <span className="text-ui-fg-subtle">Контрагент:</span>
      {memberships.length > 1 ? (
        <form action={switchCounterparty} className="flex min-w-0 flex-wrap items-center gap-2">
          <input type="hidden" name="back" value={back} />
          <select
            name="legal_entity_id"
            defaultValue={active.legal_entity_id}
            aria-label="Контрагент"
            className="min-w-0 max-w-full"
            data-testid="counterparty-select"
          >
            {memberships.map((m) => (
              <option key={m.legal_entity_id} value={m.legal_entity_id}>
                {m.legal_entity_name} ({m.role_name})
              </option>
            ))}
          </select>
          <button type="submit" className="secondary px-3 py-1">
            Переключить
          </button>
        </form>
      ) : (
        <strong data-testid="counterparty-name">{active.legal_entity_name}</strong>
      )}
      {active.legal_entity_status === "blocked" && <Badge tone="red">заблокирован</Badge>}
    </div>
  )
}
