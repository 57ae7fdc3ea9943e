/**
 * HTTP shapes of the credit API (/admin/b2b/credit/*, /store/b2b/credit/*). Money is a decimal
 * string. Type-only: imported by the routes, the admin extension and the storefront.
 */

export type * from "./responses"

// request bodies and queries: the routes' zod schemas
export type {
  AddSchedule as AdminAddCreditSchedule,
  CreateCreditAccount as AdminCreateCreditAccount,
  CreateLedgerEntries as AdminCreateLedgerEntries,
  GrantOverride as AdminGrantCreditOverride,
  UpdateCreditAccount as AdminUpdateCreditAccount,
} from "../../api/admin/b2b/credit/validators"
export type { StoreTransactionsQuery as StoreCreditTransactionsQuery } from "../../api/store/b2b/credit/validators"
export type { DashboardQuery as StoreDashboardQuery } from "../../api/store/b2b/dashboard/validators"
