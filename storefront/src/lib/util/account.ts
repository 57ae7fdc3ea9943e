/** What the buyer's account pages show, derived from the buyer API's answers (pure, tested). */

import type { Credit, Me, OrderRow } from "@/types/account"

export const can = (me: Pick<Me, "permissions">, permission: string) =>
  me.permissions.includes(permission)

/** The person's name as the header shows it: "Мария Орлова", else the e-mail. */
export function personName(me: Pick<Me, "customer">): string {
  const c = me.customer
  if (!c) return ""
  const name = [c.first_name, c.last_name].filter(Boolean).join(" ").trim()
  return name || c.email
}

/** An order's number for buyers: 1C's number when 1C has given one, else the portal's B2B-<display id>. */
export function orderNumber(o: Pick<OrderRow, "display_id" | "metadata">): string {
  const oneC = o.metadata?.one_c_number
  if (typeof oneC === "string" && oneC.trim()) return oneC.trim()
  return o.display_id != null ? `B2B-${o.display_id}` : "—"
}

const DATE = new Intl.DateTimeFormat("ru-RU", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Moscow",
})

/** A date as 24.11.2026 (Moscow time, as documents print it); "—" when missing or invalid. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—"
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? "—" : DATE.format(d)
}

/** Credit state in words, and whether new orders on credit are locked. */
export function creditState(c: Pick<Credit, "state" | "block_reason"> | null): {
  label: string
  locked: boolean
} {
  if (!c) return { label: "Кредитный лимит не установлен", locked: false }
  if (c.state === "blocked")
    return {
      label: `Заказы приостановлены${c.block_reason ? `: ${c.block_reason}` : ""}`,
      locked: true,
    }
  if (c.state === "limit_reached")
    return { label: "Лимит исчерпан: новые заказы — после оплаты", locked: true }
  return { label: "Можно заказывать", locked: false }
}

export const DOCUMENT_TYPES: Record<string, string> = {
  invoice: "Счёт на оплату",
  upd: "УПД",
  waybill: "Товарная накладная",
  reconciliation_act: "Акт сверки",
  agreement: "Договор",
  price_list: "Прайс-лист",
  other: "Документ",
}

export const documentType = (t: string) => DOCUMENT_TYPES[t] ?? t

/** Page links for a list of `count` rows, `limit` per page: null when one page is enough. */
export function pages(
  count: number,
  limit: number,
  offset: number
): { current: number; total: number; prev: number | null; next: number | null } | null {
  if (limit <= 0 || count <= limit) return null
  const total = Math.ceil(count / limit)
  const current = Math.min(total, Math.floor(Math.max(0, offset) / limit) + 1)
  return {
    current,
    total,
    prev: current > 1 ? (current - 2) * limit : null,
    next: current < total ? current * limit : null,
  }
}

/** Where to go after login: only a path of this site (never another host: no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?!\/)[\w\-/?=&%.]*$/.test(next) && !next.includes("\\")
    ? next
    : "/account"
}
