export type Actor = { actor_type: "user"; actor_id: string }

export type CreditAccountInput = {
  legal_entity_id?: string | null
  holding_id?: string | null
  currency_code?: string
  credit_limit: string
  payment_terms_days?: number
  overdue_days_threshold?: number
  overdue_tolerance?: string
  block_on_overdue?: boolean
  is_blocked?: boolean
  blocked_reason?: string | null
  agreement_number?: string | null
}
