/**
 * HTTP shapes of the company API: counterparties, holdings, employees, roles, invitations,
 * registration and requisites (/admin/b2b/*, /store/b2b/*). Type-only: imported by the routes,
 * the admin extension and the storefront.
 */

export type * from "./responses"

// request bodies and queries: the routes' zod schemas
export type { ListQuery, StatusListQuery } from "../../api/validation/fields"
export type {
  AdminCreateHolding,
  AdminUpdateHolding,
} from "../../api/admin/b2b/holdings/validators"
export type {
  AdminAddEmployee,
  AdminCreateLegalEntity,
  AdminUpdateLegalEntity,
} from "../../api/admin/b2b/legal-entities/validators"
export type { AssignManager as AdminAssignManager } from "../../api/admin/b2b/managers/validators"
export type { DecideRegistration as AdminDecideRegistration } from "../../api/admin/b2b/registration-requests/validators"
export type { DecideRequisitesChange as AdminDecideRequisitesChange } from "../../api/admin/b2b/requisites-changes/validators"
export type { Impersonate as AdminImpersonate } from "../../api/admin/b2b/impersonations/validators"
export type {
  CreateSellerOrganization as AdminCreateSellerOrganization,
  LinkChanges as AdminLinkChanges,
  UpdateSellerOrganization as AdminUpdateSellerOrganization,
} from "../../api/admin/b2b/seller-organizations/validators"
export type { UpdateEmployee as StoreUpdateEmployee } from "../../api/store/b2b/employees/validators"
export type {
  CreateRole as StoreCreateRole,
  UpdateRole as StoreUpdateRole,
} from "../../api/store/b2b/roles/validators"
export type {
  AcceptInvitation as StoreAcceptInvitation,
  CreateInvitation as StoreCreateInvitation,
} from "../../api/store/b2b/invitations/validators"
export type { CreateRegistrationRequest as StoreCreateRegistrationRequest } from "../../api/store/b2b/registration-requests/validators"
export type { RequisitesChanges as StoreRequisitesChanges } from "../../api/store/b2b/requisites-changes/validators"
export type {
  CreateAddress as StoreCreateAddress,
  UpdateAddress as StoreUpdateAddress,
} from "../../api/store/b2b/addresses/validators"
