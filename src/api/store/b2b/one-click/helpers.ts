import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { JsonOf } from "../../../../types/common/http"
import type { StoreOneClickResponse } from "../../../../types/ordering/http"

export const ONE_CLICK_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "email",
  "currency_code",
  "total",
  "shipping_total",
  "customer_id",
  "metadata",
  "items.*",
  "shipping_address.*",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  "shipping_methods.amount",
  "payment_collections.id",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.status",
]

/** Answer of the one-click routes: the placed order as its buyer sees it. */
export async function oneClickResponse(
  req: MedusaRequest,
  result: {
    order_id: string
    order_ids?: string[]
    cart_id: string
    shipping_options: { id: string; name: string }[]
  }
): Promise<JsonOf<StoreOneClickResponse>> {
  const ids = result.order_ids?.length ? result.order_ids : [result.order_id]
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ONE_CLICK_ORDER_FIELDS, filters: { id: ids } })
  const orders = ids.map((id) => data.find((o) => o.id === id)).filter(Boolean)
  // `order` is the first (or only) one; a cart split by seller or availability placed several
  return {
    order: orders[0],
    orders,
    cart_id: result.cart_id,
    shipping_options: result.shipping_options,
  }
}
