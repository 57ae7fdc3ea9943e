import { updateCompanyRowsStep } from "../steps/crud"

export const updateB2bInvitations = updateCompanyRowsStep<{
  id: string
  status?: "pending" | "accepted" | "revoked"
  accepted_at?: Date
  accepted_customer_id?: string
}>("B2bInvitations")
