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

/** DELETE answers of the company API */
export type DeletedResponse<O extends string> = { id: string; object: O; deleted: true }

/** a list page */
export type Page = { count: number; limit: number; offset: number }

export type LegalEntityStatus = "active" | "blocked"

/** a counterparty row (the model's own fields) */
export type LegalEntity = {
  id: string
  name: string
  full_name: string | null
  inn: string
  kpp: string | null
  ogrn: string | null
  legal_address: string | null
  actual_address: string | null
  email: string | null
  phone: string | null
  one_c_id: string | null
  status: LegalEntityStatus
  blocked_reason: string | null
  seller_organization_id: string | null
  region_code: string | null
  created_at: string
}

/** a row of GET /admin/b2b/legal-entities (the fields the admin uses) */
export type LegalEntityRow = {
  id: string
  name: string
  inn?: string | null
  holding?: { id: string; name: string } | null
}

/** GET /admin/b2b/legal-entities */
export type AdminLegalEntityListResponse = {
  legal_entities: (LegalEntity & { holding: { id: string; name: string } | null })[]
} & Page

/** POST /admin/b2b/legal-entities, POST /admin/b2b/legal-entities/:id */
export type AdminLegalEntityResponse = { legal_entity: LegalEntity }

export type Employee = {
  id: string
  customer_id: string
  role_id: string
  is_default: boolean
  status: "active" | "disabled"
  position: string | null
  created_at: string
}

export type Customer = {
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
}

/** an employee with the person's contact (GET /admin/b2b/legal-entities/:id/employees, GET /store/b2b/employees) */
export type EmployeeRow = Employee & { customer: Customer | null }

export type ManagerKind = "manager" | "assistant" | "executive"

/** GET /admin/b2b/legal-entities/:id: requisites, holding, employees and managers */
export type AdminLegalEntityDetailResponse = {
  legal_entity: LegalEntity & {
    holding: { id: string; name: string } | null
    employees: Employee[]
    managers: {
      id: string
      kind: ManagerKind
      user_id: string
      user: { email: string; first_name: string | null; last_name: string | null } | null
    }[]
  }
}

/** GET /admin/b2b/legal-entities/:id/employees */
export type AdminEmployeeListResponse = { employees: EmployeeRow[] }

/** POST /admin/b2b/legal-entities/:id/employees: the employee added, or the invitation sent to a new person */
export type AdminAddEmployeeResponse =
  | { employee: Employee }
  | {
      invitation: {
        id: string
        email: string
        status: "pending" | "accepted" | "revoked"
        expires_at: string
      }
    }

/** POST /admin/b2b/employees/:id, POST /store/b2b/employees/:id */
export type EmployeeResponse = { employee: Employee }

export type Holding = {
  id: string
  name: string
  one_c_id: string | null
  comment: string | null
  created_at: string
}

/** a row of GET /admin/b2b/holdings (the fields the admin uses) */
export type HoldingRow = {
  id: string
  name: string
  legal_entities?: { id: string; name: string; inn?: string | null }[]
}

/** GET /admin/b2b/holdings */
export type AdminHoldingListResponse = {
  holdings: (Holding & { legal_entities: { id: string; name: string; inn: string }[] })[]
} & Page

/** POST /admin/b2b/holdings, POST /admin/b2b/holdings/:id */
export type AdminHoldingResponse = { holding: Holding }

/** GET /admin/b2b/holdings/:id */
export type AdminHoldingDetailResponse = { holding: Holding & { legal_entities: LegalEntity[] } }

/** POST /admin/b2b/impersonations: a short-lived customer token (its use is audited) */
export type AdminImpersonationResponse = {
  impersonation: {
    token: string
    impersonation_id: string
    customer: { id: string; email: string }
    expires_at: string
    counterparty_header: { "x-b2b-counterparty": string }
  }
}

export type ManagerAssignment = {
  id: string
  user_id: string
  kind: ManagerKind
  holding_id: string | null
  legal_entity_id: string | null
  created_at: string
}

/** GET /admin/b2b/managers */
export type AdminManagerListResponse = {
  assignments: (ManagerAssignment & {
    user: { email: string; first_name: string | null; last_name: string | null } | null
  })[]
}

/** POST /admin/b2b/managers */
export type AdminManagerResponse = { assignment: ManagerAssignment }

/** GET /admin/b2b/me: the staff user's scope */
export type AdminMeResponse = {
  user_id: string
  executive: boolean
  legal_entity_ids: string[]
  holding_ids: string[]
}

export type RegistrationRequest = {
  id: string
  inn: string
  kpp: string | null
  company_name: string
  contact_name: string
  email: string
  phone: string | null
  comment: string | null
  status: "pending" | "accepted" | "refused"
  legal_entity_id: string | null
  customer_id: string | null
  decided_by_user_id: string | null
  decided_at: string | null
  decision_reason: string | null
  created_at: string
}

/** GET /admin/b2b/registration-requests */
export type AdminRegistrationRequestListResponse = {
  registration_requests: RegistrationRequest[]
} & Page

/** POST /admin/b2b/registration-requests/:id/accept|refuse */
export type AdminRegistrationDecisionResponse = {
  result:
    | {
        id: string
        decision: "accept"
        legal_entity_id: string
        created_company: boolean
        invitation_id: string
      }
    | { id: string; decision: "refuse" }
}

/** POST /store/b2b/registration-requests */
export type StoreRegistrationRequestResponse = {
  registration_request: { id: string; status: RegistrationRequest["status"] }
}

export type RequisitesChange = {
  id: string
  legal_entity_id: string
  requested_by_customer_id: string
  changes: Record<string, string>
  document_file_id: string | null
  document_name: string | null
  document_url: string | null
  status: "pending" | "approved" | "rejected"
  decided_by_user_id: string | null
  decided_at: string | null
  decision_reason: string | null
  created_at: string
}

/** GET /admin/b2b/requisites-changes */
export type AdminRequisitesChangeListResponse = { requisites_changes: RequisitesChange[] } & Page

/** POST /admin/b2b/requisites-changes/:id/approve|reject: the decision taken */
export type AdminRequisitesChangeResponse = {
  requisites_change: { id: string; status: "approved" | "rejected" }
}

/** GET /store/b2b/requisites-changes (without the document's storage address) */
export type StoreRequisitesChangeListResponse = {
  requisites_changes: Omit<RequisitesChange, "document_url">[]
}

/** POST /store/b2b/requisites-changes */
export type StoreRequisitesChangeResponse = {
  requisites_change: Pick<RequisitesChange, "id" | "status" | "changes" | "document_name">
}

export type SellerOrganization = {
  id: string
  name: string
  full_name: string
  inn: string
  kpp: string | null
  ogrn: string | null
  address: string | null
  bank_name: string | null
  bik: string | null
  account: string | null
  corr_account: string | null
  director: string | null
  accountant: string | null
  vat_rate: number
  is_default: boolean
  one_c_id: string | null
  created_at: string
}

/** GET /admin/b2b/seller-organizations */
export type AdminSellerOrganizationListResponse = { seller_organizations: SellerOrganization[] }

/** GET, POST /admin/b2b/seller-organizations/:id, POST /admin/b2b/seller-organizations */
export type AdminSellerOrganizationResponse = { seller_organization: SellerOrganization }

/** GET, POST /admin/b2b/seller-organizations/:id/products|stock-locations: the linked ids */
export type AdminLinkedIdsResponse = { ids: string[] }

export type Address = {
  id: string
  legal_entity_id: string
  kind: "delivery" | "legal" | "pickup_contact"
  label: string | null
  consignee_name: string | null
  consignee_inn: string | null
  consignee_kpp: string | null
  postal_code: string | null
  address: string
  region_code: string | null
  contact_name: string | null
  phone: string | null
  email: string | null
  comment: string | null
  is_default: boolean
  one_c_id: string | null
  created_at: string
}

/** GET /store/b2b/addresses */
export type StoreAddressListResponse = { addresses: Address[] }

/** GET, POST /store/b2b/addresses/:id, POST /store/b2b/addresses */
export type StoreAddressResponse = { address: Address }

/** GET /store/b2b/company: requisites, holding and the seller organization issuing the documents */
export type StoreCompanyResponse = {
  company: Pick<
    LegalEntity,
    | "id"
    | "name"
    | "full_name"
    | "inn"
    | "kpp"
    | "ogrn"
    | "legal_address"
    | "actual_address"
    | "email"
    | "phone"
    | "status"
    | "seller_organization_id"
  > & {
    holding: { id: string; name: string } | null
    seller_organization: Pick<
      SellerOrganization,
      | "id"
      | "name"
      | "full_name"
      | "inn"
      | "kpp"
      | "address"
      | "bank_name"
      | "bik"
      | "account"
      | "corr_account"
    > | null
  }
}

/** GET /store/b2b/employees */
export type StoreEmployeeListResponse = { employees: EmployeeRow[]; count: number }

/** an invitation as its company sees it (`expired`: pending past its date) */
export type Invitation = {
  id: string
  email: string
  role_id: string
  status: "pending" | "accepted" | "revoked" | "expired"
  expires_at: string
  accepted_at: string | null
  created_at: string
}

/** GET /store/b2b/invitations */
export type StoreInvitationListResponse = { invitations: Invitation[] }

/** POST /store/b2b/invitations */
export type StoreInvitationResponse = { invitation: Invitation }

/** POST /store/b2b/invitations/:id/revoke */
export type StoreInvitationRevokedResponse = { id: string; status: "revoked" }

/** POST /store/b2b/invitations/accept */
export type StoreInvitationAcceptedResponse = { employee: Employee; customer_id: string }

/** GET /store/b2b/invitations/lookup */
export type StoreInvitationLookupResponse = {
  invitation: {
    email: string
    company_name: string | undefined
    role_name: string | undefined
    expires_at: string
    account_exists: boolean
  }
}

export type Role = {
  id: string
  code: string
  name: string
  permissions: string[]
  is_builtin: boolean
  legal_entity_id: string | null
  created_at: string
}

/** GET /store/b2b/roles */
export type StoreRoleListResponse = { roles: Role[] }

/** POST /store/b2b/roles, POST /store/b2b/roles/:id */
export type StoreRoleResponse = { role: Role }

/** GET /store/b2b/personal-data: what the portal keeps about the signed-in person (152-FZ export) */
export type StorePersonalDataResponse = {
  exported_at: string
  customer:
    | {
        id: string
        email: string
        first_name: string | null
        last_name: string | null
        phone: string | null
        created_at: string
        addresses: Record<string, unknown>[]
      }
    | undefined
  memberships: {
    legal_entity: string | undefined
    role_id: string
    status: Employee["status"]
    since: string
  }[]
  consents: {
    id: string
    subject_email: string
    customer_id: string | null
    form: string
    text_version: string
    ip: string | null
    user_agent: string | null
    revoked_at: string | null
    created_at: string
  }[]
  activity: { action: string; at: string; ip: string | null }[]
}

/** POST /store/b2b/personal-data: the deletion request recorded */
export type StorePersonalDataRequestResponse = {
  request: { id: string; status: "received"; created_at: string }
}
