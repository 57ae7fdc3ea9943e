/**
 * Response shapes of the audit API (/admin/b2b/audit-events), self-contained (they import nothing).
 * Re-exported by ./http.ts.
 */

/** one entry of the security log */
export type AuditEvent = {
  id: string
  action: string
  actor_type: "user" | "customer" | "system" | "anonymous"
  actor_id: string | null
  impersonator_user_id: string | null
  resource_type: string | null
  resource_id: string | null
  legal_entity_id: string | null
  ip: string | null
  data: Record<string, unknown> | null
  created_at: string
}

/** GET /admin/b2b/audit-events */
export type AdminAuditEventListResponse = {
  audit_events: AuditEvent[]
  count: number
  limit: number
  offset: number
}
