import { MedusaError } from "@medusajs/framework/utils"
import { quantity } from "../../../modules/ordering"

export type ShipmentLabel = { tracking_number: string; tracking_url: string; label_url: string }

export type CreateShipmentInput = {
  order_id: string
  location_id: string
  items: { id: string; quantity: number }[]
  labels?: ShipmentLabel[]
  ship_now?: boolean
  created_by?: string
}

export type UpdateShipmentInput = {
  order_id: string
  fulfillment_id: string
  status: "shipped" | "delivered" | "canceled"
  labels?: ShipmentLabel[]
  created_by?: string
}

export const invalid = (msg: string) => new MedusaError(MedusaError.Types.INVALID_DATA, msg)

export type ReservationFix =
  | {
      kind: "create"
      line_item_id: string
      inventory_item_id: string
      location_id: string
      quantity: number
      allow_backorder: boolean
    }
  | { kind: "grow"; id: string; from: number; to: number }
