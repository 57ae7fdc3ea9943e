/**
 * HTTP shapes of the after-sales API (/store/b2b/requests, /store/b2b/orders/:id/requests,
 * /admin/b2b/requests). Type-only: imported by the routes, the admin extension and the storefront.
 */

export type * from "./responses"

// request bodies and queries: the routes' zod schemas
export type { CreateOrderRequest as StoreCreateOrderRequest } from "../../api/store/b2b/orders/validators"
export type {
  RequestMessage as StoreCreateRequestMessage,
  StoreRequestsQuery,
} from "../../api/store/b2b/requests/validators"
export type {
  AdminRequestsQuery,
  DecideOrderRequest as AdminDecideOrderRequest,
} from "../../api/admin/b2b/requests/validators"
