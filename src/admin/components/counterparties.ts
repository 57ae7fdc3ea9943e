import { useMemo } from "react"
import { useApi } from "../lib/use-api"

import type { HoldingRow, LegalEntityRow } from "../../types/company/http"

/** The shapes of /admin/b2b/legal-entities and /admin/b2b/holdings, written once in src/types. */
export type { HoldingRow, LegalEntityRow }

/**
 * Names of the manager's counterparties and holdings (first 200 of each, the API's page maximum),
 * to show names instead of ids and to offer them in forms.
 */
export function useCounterparties() {
  const le = useApi<{ legal_entities: LegalEntityRow[] }>("/admin/b2b/legal-entities?limit=200")
  const ho = useApi<{ holdings: HoldingRow[] }>("/admin/b2b/holdings?limit=200")
  return useMemo(() => {
    const legalEntities = le.data?.legal_entities ?? []
    const holdings = ho.data?.holdings ?? []
    const leById = new Map(legalEntities.map((l) => [l.id, l]))
    const hoById = new Map(holdings.map((h) => [h.id, h]))
    return {
      legalEntities,
      holdings,
      legalEntityName: (id: string | null | undefined) => (id ? (leById.get(id)?.name ?? id) : "—"),
      holdingName: (id: string | null | undefined) => (id ? (hoById.get(id)?.name ?? id) : "—"),
      /** legal entities of a holding (from the holdings list) */
      membersOf: (holdingId: string | null | undefined) =>
        holdingId ? (hoById.get(holdingId)?.legal_entities ?? []) : [],
      legalEntityOptions: legalEntities.map((l) => ({
        value: l.id,
        label: l.inn ? `${l.name} (${l.inn})` : l.name,
      })),
      holdingOptions: holdings.map((h) => ({ value: h.id, label: h.name })),
    }
  }, [le.data, ho.data])
}
