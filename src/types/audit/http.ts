/**
 * HTTP shapes of the audit API (/admin/b2b/audit-events). Type-only: imported by the routes and the
 * admin extension.
 */

export type * from "./responses"

// request queries: the routes' zod schemas
export type { AuditQuery as AdminAuditQuery } from "../../api/admin/b2b/audit-events/validators"
