import { MedusaError } from "@medusajs/framework/utils"

export const invalid = (msg: string) => new MedusaError(MedusaError.Types.INVALID_DATA, msg)

export type OrderLineInput = { variant_id?: string | null; sku?: string | null; quantity: number }

export type AttachGuestOrderInput = {
  order_id: string
  legal_entity_id: string
  customer_id: string | null
  user_id: string
}
