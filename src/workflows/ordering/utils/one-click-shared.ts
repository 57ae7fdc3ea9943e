import { MedusaError } from "@medusajs/framework/utils"
import type { CreateAddressDTO } from "@medusajs/framework/types"

export const invalid = (msg: string) => new MedusaError(MedusaError.Types.INVALID_DATA, msg)

export type OneClickState = {
  cart_id: string
  /** What to write to the cart before placing it (checkout details and shipping address), or null. */
  update: {
    id: string
    metadata: Record<string, unknown>
    shipping_address?: CreateAddressDTO
  } | null
  delivery_method: "delivery" | "pickup"
  has_shipping_method: boolean
  requires_shipping: boolean
  /** Shipping profiles of the lines that ship: each needs a shipping method. */
  shipping_profile_ids: string[]
  payment_collection_id: string | null
  provider_id: string
}
