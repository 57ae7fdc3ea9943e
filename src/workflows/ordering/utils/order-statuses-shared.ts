import { MedusaError } from "@medusajs/framework/utils"
import { type B2bStatus } from "../../../modules/ordering"

export type StatusFields = Partial<Omit<B2bStatus, "id">>

export const invalid = (m: string) => new MedusaError(MedusaError.Types.INVALID_DATA, m)

export const notAllowed = (m: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, m)

export type SetStatusInput = {
  order_id: string
  code: string
  source: "portal" | "manager" | "one_c"
  changed_by?: string | null
  comment?: string | null
  /** what 1C sent, kept in the history */
  one_c_raw?: string | null
}
