import { createCompanyRowsStep, updateCompanyRowsStep } from "../steps/crud"

export const updateRequests = updateCompanyRowsStep<{ id: string } & Record<string, unknown>>(
  "B2bRegistrationRequests"
)

/** Records consents to personal-data processing (registration, guest one-click). */
export const createB2bConsents = createCompanyRowsStep<Record<string, unknown>>("B2bConsents")

export type DecideRegistrationInput = {
  id: string
  reason?: string | null
  legal_entity_id?: string | null
  role_id?: string | null
  holding_id?: string | null
  user_id: string
}
