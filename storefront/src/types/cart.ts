/**
 * The cart as Medusa's store API and the buyer API (/store/b2b/carts/*) return it: the backend's shared
 * HTTP types (src/types), under the names the storefront uses.
 */

export type {
  MoneyLineTotals,
  MoneyTotals,
  QuickRowResult,
  StoreCart as Cart,
  StoreCartLine as CartLine,
} from "@b2b/types/ordering/responses"
