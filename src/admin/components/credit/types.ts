import type { CreditState, LedgerType, Money } from "../../../types/credit/http"

/** The shapes of /admin/b2b/credit/*, written once in src/types. Money is a decimal string. */
export type {
  CreditAccount,
  CreditAccountDetail,
  CreditState,
  Exposure,
  LedgerEntry,
  LedgerType,
  Money,
  Override,
  Position,
  ScheduleItem,
} from "../../../types/credit/http"

export const LEDGER_TYPES = [
  "opening",
  "invoice",
  "shipment",
  "payment",
  "adjustment",
  "return",
] as const satisfies readonly LedgerType[]

/**
 * Medusa serialises big-number model fields as JS numbers next to an exact `raw_*` value;
 * prefer the raw string so nothing passes through a float.
 */
export const exact = (
  v: Money | number | null | undefined,
  raw?: { value: string } | null
): string | null => raw?.value ?? (v === null || v === undefined ? null : String(v))

export const STATE_COLOR: Record<CreditState, "green" | "orange" | "red"> = {
  ok: "green",
  limit_reached: "orange",
  blocked: "red",
}
export const STATE_LABEL: Record<CreditState, string> = {
  ok: "OK",
  limit_reached: "Limit reached",
  blocked: "Blocked",
}
