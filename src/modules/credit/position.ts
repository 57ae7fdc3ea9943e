import Decimal from "decimal.js"

/**
 * The credit arithmetic, pure and exact (decimal strings in, decimal strings out), shared by the
 * service (under the account lock) and the tests.
 *
 *   available = limit − debt − open orders
 *   overdue   = max(0, Σ debits due before (today − threshold days) − Σ credits)
 *
 * Payments settle the oldest debts first (FIFO), so everything paid goes against the debits that
 * fell due earliest; what remains of those is overdue.
 */
export type CreditTerms = {
  credit_limit: string
  overdue_tolerance: string
  block_on_overdue: boolean
  is_blocked: boolean
  blocked_reason?: string | null
  currency_code: string
}

export type LedgerAggregates = {
  /** Σ of all signed ledger amounts. */
  debt: string
  /** Σ of positive amounts whose due date is before the overdue cut-off. */
  due_debits: string
  /** Σ of |negative amounts| (payments, credit notes). */
  credits: string
  /** What placed orders still hold beyond what already reached the ledger. */
  open_orders: string
}

export type CreditState = "ok" | "limit_reached" | "blocked"

export type CreditPosition = {
  currency_code: string
  credit_limit: string
  debt: string
  overdue: string
  open_orders: string
  available: string
  state: CreditState
  block_reason: string | null
}

export type CreditDecision =
  { ok: true } | { ok: false; code: "manual_block" | "overdue" | "limit"; message: string }

const D = (v: string | number | null | undefined) => new Decimal(v ?? 0)
const s = (d: Decimal) => d.toFixed(2)

export function fmtMoney(amount: string, currency: string) {
  const [int, frac] = D(amount).toFixed(2).split(".")
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${frac} ${currency.toUpperCase()}`
}

export function overdueOf(agg: Pick<LedgerAggregates, "due_debits" | "credits">): string {
  return s(Decimal.max(0, D(agg.due_debits).minus(D(agg.credits))))
}

export function computePosition(terms: CreditTerms, agg: LedgerAggregates): CreditPosition {
  const limit = D(terms.credit_limit)
  const debt = D(agg.debt)
  const open = D(agg.open_orders)
  const overdue = D(overdueOf(agg))
  const available = limit.minus(debt).minus(open)
  let state: CreditState = "ok"
  let reason: string | null = null
  if (terms.is_blocked) {
    state = "blocked"
    reason = terms.blocked_reason || "blocked by the manager"
  } else if (terms.block_on_overdue && overdue.greaterThan(D(terms.overdue_tolerance))) {
    state = "blocked"
    reason = `overdue debt ${fmtMoney(s(overdue), terms.currency_code)}`
  } else if (available.lessThanOrEqualTo(0)) {
    state = "limit_reached"
  }
  return {
    currency_code: terms.currency_code,
    credit_limit: s(limit),
    debt: s(debt),
    overdue: s(overdue),
    open_orders: s(open),
    available: s(available),
    state,
    block_reason: reason,
  }
}

/** May an order of `amount` (in the account currency) be placed on credit now? */
export function decide(terms: CreditTerms, pos: CreditPosition, amount: string): CreditDecision {
  const cur = pos.currency_code
  if (terms.is_blocked) {
    return {
      ok: false,
      code: "manual_block",
      message: `credit: ordering is stopped for this counterparty (${pos.block_reason}); please contact your manager`,
    }
  }
  if (terms.block_on_overdue && D(pos.overdue).greaterThan(D(terms.overdue_tolerance))) {
    return {
      ok: false,
      code: "overdue",
      message: `credit: overdue debt of ${fmtMoney(pos.overdue, cur)} blocks new orders until it is paid`,
    }
  }
  if (D(amount).greaterThan(D(pos.available))) {
    return {
      ok: false,
      code: "limit",
      message:
        `credit: the order total ${fmtMoney(amount, cur)} exceeds the available credit ${fmtMoney(pos.available, cur)} ` +
        `(limit ${fmtMoney(pos.credit_limit, cur)}, debt ${fmtMoney(pos.debt, cur)}, open orders ${fmtMoney(pos.open_orders, cur)})`,
    }
  }
  return { ok: true }
}

export type Receivable = {
  key: string
  document_number: string | null
  document_date: string
  order_id: string | null
  due_date: string | null
  amount: string
  paid: string
  outstanding: string
  overdue_days: number
}

/**
 * Accounts receivable by document/order: credits are allocated to debits in order of due date
 * (FIFO), what is left of each debit is outstanding, and overdue if its due date has passed.
 */
export function allocateReceivables(
  entries: {
    id: string
    amount: string
    document_number?: string | null
    document_date: string
    due_date?: string | null
    order_id?: string | null
  }[],
  asOf: Date
): Receivable[] {
  const debits = entries
    .filter((e) => D(e.amount).greaterThan(0))
    .sort(
      (a, b) =>
        (a.due_date ?? a.document_date).localeCompare(b.due_date ?? b.document_date) ||
        a.id.localeCompare(b.id)
    )
  let credit = entries
    .filter((e) => D(e.amount).lessThan(0))
    .reduce((acc, e) => acc.plus(D(e.amount).abs()), new Decimal(0))
  const out: Receivable[] = []
  for (const d of debits) {
    const amount = D(d.amount)
    const paid = Decimal.min(amount, credit)
    credit = credit.minus(paid)
    const outstanding = amount.minus(paid)
    const due = d.due_date ? new Date(d.due_date) : null
    const overdueDays =
      outstanding.greaterThan(0) && due && due < asOf
        ? Math.floor((asOf.getTime() - due.getTime()) / 86400000)
        : 0
    out.push({
      key: d.id,
      document_number: d.document_number ?? null,
      document_date: d.document_date,
      order_id: d.order_id ?? null,
      due_date: d.due_date ?? null,
      amount: s(amount),
      paid: s(paid),
      outstanding: s(outstanding),
      overdue_days: overdueDays,
    })
  }
  return out
}
