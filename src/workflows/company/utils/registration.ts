export type DecideRegistrationInput = {
  id: string
  reason?: string | null
  legal_entity_id?: string | null
  role_id?: string | null
  holding_id?: string | null
  user_id: string
}
