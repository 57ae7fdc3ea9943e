/**
 * HTTP shapes of the manager's 1C API (/admin/b2b/one-c/*). Type-only: imported by the routes
 * and the admin extension.
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

// request bodies: the routes' zod schemas
export type { OneCCategoryMap as AdminOneCCategoryMap } from "../../api/admin/b2b/one-c/validators"
