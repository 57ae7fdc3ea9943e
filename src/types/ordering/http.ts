/**
 * HTTP shapes of the ordering API: B2B order statuses (/admin/b2b/order-statuses,
 * /admin/b2b/orders/:id/status), shipments, carts and saved carts. Type-only: imported by the
 * routes, the admin extension and the storefront.
 */

export type * from "./responses"

// request bodies and queries: the routes' zod schemas
export type {
  CreateOrderStatus as AdminCreateOrderStatus,
  UpdateOrderStatus as AdminUpdateOrderStatus,
} from "../../api/admin/b2b/order-statuses/validators"
export type {
  CreateShipment as AdminCreateShipment,
  SetOrderStatus as AdminSetOrderStatus,
  UpdateShipment as AdminUpdateShipment,
} from "../../api/admin/b2b/orders/validators"
export type {
  AttachGuestOrder as AdminAttachGuestOrder,
  GuestOrdersQuery as AdminGuestOrdersQuery,
} from "../../api/admin/b2b/guest-orders/validators"
export type {
  CheckoutDetails as StoreCheckoutDetails,
  OneClickCart as StoreOneClickCart,
  PlaceOrder as StorePlaceOrder,
} from "../../api/store/b2b/carts/validators"
export type { BuyNow as StoreBuyNow } from "../../api/store/b2b/one-click/validators"
export type { GuestOrder as StoreGuestOrder } from "../../api/store/b2b/guest-orders/validators"
export type {
  CartTarget as StoreCartTarget,
  SaveCart as StoreSaveCart,
  UpdateSavedCart as StoreUpdateSavedCart,
} from "../../api/store/b2b/saved-carts/validators"
export type { StoreOrdersQuery } from "../../api/store/b2b/orders/validators"
