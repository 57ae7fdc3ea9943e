export type HoldingInput = { name: string; one_c_id?: string | null; comment?: string | null }

export type LegalEntityInput = {
  name: string
  full_name?: string | null
  inn: string
  kpp?: string | null
  ogrn?: string | null
  legal_address?: string | null
  actual_address?: string | null
  email?: string | null
  phone?: string | null
  one_c_id?: string | null
  holding_id?: string | null
  seller_organization_id?: string | null
  region_code?: string | null
}

export type Actor = { actor_type: "user" | "customer" | "system"; actor_id?: string | null }
