/**
 * The buyer API's answers the account pages show (/store/b2b/me, /credit, /orders, /documents): the
 * backend's shared HTTP types (src/types), under the names the storefront uses.
 */

export type { Membership, StoreMeResponse as Me } from "@b2b/types/company/responses"
export type { StoreCredit as Credit } from "@b2b/types/credit/responses"
export type { DocumentRow as B2BDocument } from "@b2b/types/documents/responses"
export type {
  StoreOrder as Order,
  StoreOrderItem as OrderItem,
  StoreOrderRow as OrderRow,
} from "@b2b/types/ordering/responses"
