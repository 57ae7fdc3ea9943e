/**
 * Response shapes of the credit API, self-contained (they import nothing), so any TypeScript program can
 * take them: the storefront imports them through its `@b2b/types/*` path. Re-exported by ./http.ts.
 */

export type Money = string

export type CreditState = "ok" | "limit_reached" | "blocked"

export type Position = {
  currency_code: string
  credit_limit: Money
  debt: Money
  overdue: Money
  open_orders: Money
  available: Money
  state: CreditState
  block_reason: string | null
}

export type CreditAccount = {
  id: string
  legal_entity_id: string | null
  holding_id: string | null
  currency_code: string
  /** the account row's own big-number fields: display position.* instead */
  credit_limit: Money | number
  overdue_tolerance: Money | number
  raw_overdue_tolerance?: { value: string } | null
  payment_terms_days: number
  overdue_days_threshold: number
  block_on_overdue: boolean
  is_blocked: boolean
  blocked_reason: string | null
  last_state: CreditState
  agreement_number: string | null
  created_at: string
  position: Position | null
}

export type Exposure = {
  id: string
  legal_entity_id: string
  cart_id: string
  order_id: string | null
  amount: Money | number
  raw_amount?: { value: string } | null
  currency_code: string
  status: "held" | "open" | "settled" | "released"
  override_id: string | null
  created_at: string
}

export type Override = {
  id: string
  legal_entity_id: string | null
  granted_by: string
  reason: string
  max_amount: Money | number | null
  raw_max_amount?: { value: string } | null
  expires_at: string
  used_at: string | null
  used_cart_id: string | null
  created_at: string
}

export type CreditAccountDetail = CreditAccount & {
  open_exposures: Exposure[]
  overrides: Override[]
}

/** the API's LEDGER_TYPES */
export type LedgerType = "opening" | "invoice" | "shipment" | "payment" | "adjustment" | "return"

export type LedgerEntry = {
  id: string
  type: LedgerType
  document_number: string | null
  document_date: string
  due_date: string | null
  order_id: string | null
  legal_entity_id: string
  currency_code: string
  source: "manager" | "one_c" | "portal"
  comment: string | null
  amount: Money
}

export type ScheduleItem = {
  id: string
  due_date: string
  amount: Money | number
  raw_amount?: { value: string } | null
  currency_code: string
  agreement_number: string | null
  comment: string | null
  paid_at: string | null
}

/** the active counterparty's credit position as the buyer sees it */
export type StoreCredit = {
  account_id?: string
  legal_entity_id?: string
  shared_with_holding?: boolean
  currency_code: string
  credit_limit: Money
  debt: Money
  overdue: Money
  open_orders: Money
  available: Money
  state: CreditState
  block_reason: string | null
  payment_terms_days: number | null
  can_order: boolean
}

/** GET /store/b2b/credit (null: no credit limit set) */
export type StoreCreditResponse = { credit: StoreCredit | null }

/** GET /admin/b2b/credit/accounts */
export type AdminCreditAccountListResponse = { credit_accounts: CreditAccount[] }

/** POST /admin/b2b/credit/accounts, POST /admin/b2b/credit/accounts/:id */
export type AdminCreditAccountResponse = { credit_account: CreditAccount }

/** GET /admin/b2b/credit/accounts/:id */
export type AdminCreditAccountDetailResponse = { credit_account: CreditAccountDetail }

/** GET /admin/b2b/credit/accounts/:id/entries */
export type AdminLedgerEntryListResponse = {
  entries: LedgerEntry[]
  count: number
  limit: number
  offset: number
}

/** POST /admin/b2b/credit/accounts/:id/entries: the entries recorded and the account's position after them */
export type AdminLedgerEntriesCreatedResponse = {
  entries: (Omit<LedgerEntry, "amount"> & {
    account_id: string
    amount: Money | number
    raw_amount?: { value: string } | null
    created_by: string | null
  })[]
  position: Position | null
}

/** GET /admin/b2b/credit/accounts/:id/overrides */
export type AdminCreditOverrideListResponse = { overrides: Override[] }

/** POST /admin/b2b/credit/accounts/:id/overrides */
export type AdminCreditOverrideResponse = { override: Override }

/** GET and POST /admin/b2b/credit/accounts/:id/schedule */
export type AdminCreditScheduleResponse = { schedule: ScheduleItem[] }

/** what is owed per order and document (payments settle the earliest due debts first) */
export type Receivable = {
  key: string
  document_number: string | null
  document_date: string
  order_id: string | null
  due_date: string | null
  amount: Money
  paid: Money
  outstanding: Money
  overdue_days: number
}

/** GET /store/b2b/credit/receivables (no currency_code when the counterparty has no credit account) */
export type StoreReceivablesResponse = {
  receivables: Receivable[]
  currency_code?: string
  total_outstanding: Money
  total_overdue: Money
}

export type StoreScheduleItem = {
  id: string
  due_date: string
  amount: Money | null
  currency_code: string
  agreement_number: string | null
  comment: string | null
  paid_at: string | null
  status: "paid" | "overdue" | "planned"
}

/** GET /store/b2b/credit/schedule */
export type StoreCreditScheduleResponse = { schedule: StoreScheduleItem[] }

/** GET /store/b2b/credit/transactions */
export type StoreCreditTransactionsResponse = {
  transactions: LedgerEntry[]
  count: number
  opening_balance: Money
  limit: number
  offset: number
}

/** GET /store/b2b/dashboard */
export type StoreDashboardResponse = {
  period: "day" | "week" | "month"
  from: string
  to: string
  turnover: { bucket: string; amount: Money; orders: number }[]
  orders_by_status: Record<string, number>
  balance: Position | null
}
