export type ProductTermsInput = {
  product_id: string
  variant_id?: string | null
  min_quantity?: number
  multiple?: number
  base_unit?: string
  units?: { code: string; name: string; coefficient: number }[]
  weight_kg?: string | null
  volume_m3?: string | null
}
