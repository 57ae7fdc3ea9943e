/**
 * Response shapes of the company API, self-contained (they import nothing), so any TypeScript program can
 * take them: the storefront imports them through its `@b2b/types/*` path. Re-exported by ./http.ts.
 */

/** one company the signed-in person works for, with their role there (GET /store/b2b/me) */
export type Membership = {
  employee_id?: string
  legal_entity_id: string
  legal_entity_name: string
  legal_entity_status: "active" | "blocked"
  holding_id?: string | null
  region_code?: string | null
  role_id?: string
  role_code: string
  role_name: string
  permissions: string[]
  is_default?: boolean
}

/** GET /store/b2b/me: the signed-in person, their companies and roles, and who they act for now */
export type StoreMeResponse = {
  customer: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    phone: string | null
  } | null
  active_counterparty: Membership
  memberships: Membership[]
  permissions: string[]
  impersonated_by: string | null
  switch_with?: { header: string; cookie: string }
}
