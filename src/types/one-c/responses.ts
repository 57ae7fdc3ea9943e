/**
 * Response shapes of the 1C API (the manager's /admin/b2b/one-c/* and 1C's JSON /1c/api/*), self-contained
 * (they import nothing). Re-exported by ./http.ts. The CommerceML exchange (/1c/exchange) answers text/XML.
 */

export type FileCounts = Record<string, number | string[] | undefined> & {
  created?: number
  updated?: number
  unchanged?: number
  unknown?: number
  failed?: number
  messages?: string[]
}

export type SessionFile = {
  filename: string
  phase: "stage" | "apply" | "done" | "failed"
  staged: number
  applied: number
  progress: number
  counts: FileCounts | null
  error: string | null
  started_at: string
  finished_at: string | null
  duration_ms: number | null
}

export type Session = {
  id: string
  type: "catalog" | "sale"
  status: "active" | "closed"
  version: string | null
  full_import: boolean
  created_at: string
  last_seen_at: string
  files: SessionFile[]
}

export type LogRow = {
  id: string
  session_id: string | null
  type: string
  mode: string
  filename: string | null
  status: "success" | "progress" | "failure"
  message: string | null
  counts: Record<string, unknown> | null
  duration_ms: number
  created_at: string
}

/** GET /admin/b2b/one-c/sessions/:id */
export type SessionDetail = {
  session: { id: string; type: string; status: string; created_at: string }
  log: LogRow[]
}

export type GroupMapping = {
  group_external_id: string
  auto_category_id: string
  manual_category_ids: string[]
}

export type OutboxRow = {
  id: string
  order_id: string
  status: "pending" | "sent" | "dead"
  attempts: number
  next_attempt_at: string
  last_error: string | null
  response_status: number | null
  sent_at: string | null
  created_at: string
  updated_at: string
}

export type Category = { id: string; name: string; parent_category_id: string | null }

/** GET /admin/b2b/one-c/sessions: recent sessions with their files and progress */
export type AdminOneCSessionListResponse = { sessions: Session[] }

/** POST /admin/b2b/one-c/sessions/:id: the protocol answer of the import run again (success, failure …) */
export type AdminOneCReimportResponse = { result: string | undefined; message: string | undefined }

/** a manual mapping row: a 1C group to one portal category */
export type CategoryMapRow = {
  id: string
  group_external_id: string
  category_id: string
  created_at: string
}

/** GET /admin/b2b/one-c/category-map: each imported group's categories, and the manual rows */
export type AdminOneCCategoryMapResponse = { groups: GroupMapping[]; manual: CategoryMapRow[] }

/** POST /admin/b2b/one-c/category-map: the group's manual categories now */
export type AdminOneCCategoryMapSavedResponse = {
  group_external_id: string
  category_ids: string[]
}

/** GET /admin/b2b/one-c/outbox */
export type AdminOneCOutboxListResponse = { outbox: OutboxRow[] }

/** POST /admin/b2b/one-c/outbox/:id/retry */
export type AdminOneCOutboxRetryResponse = { outbox: OutboxRow }

/** the connector's effective settings (the password is never shown) */
export type OneCSettings = {
  login: string
  cookieName: string
  fileLimit: number
  stepSeconds: number
  dir: string
  answerEncoding: string
  schemaVersion: string
  maxSessionBytes: number
  zipMaxBytes: number
  zipMaxEntries: number
  sweepMissing: boolean
  batchSize: number
  offerBatchSize: number
  offerParallel: number
  sessionIdleHours: number
  password_set: boolean
  exchange_url: string
  api_url: string
  push_url: string | null
  pricing_url: string | null
}

/** GET /admin/b2b/one-c/settings */
export type AdminOneCSettingsResponse = { settings: OneCSettings }

/** POST /1c/api/agreements, POST /1c/api/credit-limits */
export type OneCUpsertCountsResponse = { created: number; updated: number }

/** a counterparty as the portal knows it, for 1C to pick up */
export type OneCCounterparty = {
  id: string
  one_c_id: string | null
  name: string
  full_name: string | null
  inn: string
  kpp: string | null
  legal_address: string | null
  actual_address: string | null
  email: string | null
  phone: string | null
  status: "active" | "blocked"
  holding_id: string | null
  updated_at: string
}

/** GET /1c/api/counterparties */
export type OneCCounterpartyListResponse = { counterparties: OneCCounterparty[] }

/** POST /1c/api/counterparties: what became of each row */
export type OneCCounterpartyUpsertResponse = {
  counterparties: { one_c_id: string; id: string; result: "created" | "updated" }[]
}

/** POST /1c/api/settlements (entries known by external_id are skipped) */
export type OneCSettlementsResponse = { received: number; recorded: number; skipped_known: number }
