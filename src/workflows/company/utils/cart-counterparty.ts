export type Move = {
  cart_id: string
  from_legal_entity_id: string | null
  to_legal_entity_id: string
}
