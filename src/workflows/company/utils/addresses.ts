export type AddressData = {
  kind?: "delivery" | "legal" | "pickup_contact"
  label?: string | null
  consignee_name?: string | null
  consignee_inn?: string | null
  consignee_kpp?: string | null
  postal_code?: string | null
  address?: string
  region_code?: string | null
  contact_name?: string | null
  phone?: string | null
  email?: string | null
  comment?: string | null
  is_default?: boolean
  one_c_id?: string | null
}
