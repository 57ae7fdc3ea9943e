/** Inputs and outputs of the contract-pricing engine (pure data, no Medusa types). */

export type RuleKind = "fixed" | "discount_percent" | "multiplier"
export type RuleTarget = "variant" | "product" | "category"

export type PriceRuleInput = {
  id: string
  price_list_id: string
  /** Priority of the rule's price list; higher wins at the same level. */
  priority: number
  target_type: RuleTarget
  target_id: string
  kind: RuleKind
  /** Decimal string: an amount for `fixed`, a percent for `discount_percent`, a factor for `multiplier`. */
  value: string
  /** Currency of a `fixed` amount. */
  currency_code?: string | null
  /** Quantity break: the rule applies from this quantity (in base units) on. */
  min_quantity?: number | null
  valid_from?: Date | string | null
  valid_to?: Date | string | null
}

export type MassRuleInput = {
  id: string
  priority: number
  action: "markup_percent" | "discount_percent" | "hide"
  value?: string | null
  manufacturer?: string | null
  line?: string | null
  category_id?: string | null
  tag?: string | null
  region_code?: string | null
  legal_entity_id?: string | null
  valid_from?: Date | string | null
  valid_to?: Date | string | null
}

export type CartTotalRuleInput = {
  id: string
  /** Decimal threshold in `currency_code`; from this cart total on the price type switches. */
  threshold: string
  currency_code: string
  price_type_id: string
}

/** `vat_included`: the type's amounts include VAT (1C's Налог/УчтеноВСумме); default true. */
export type PriceTypeInfo = { id: string; currency_code: string; vat_included?: boolean }

/** Catalog structure the engine needs; built once, shared by every counterparty. */
export type CatalogIndex = {
  variantProduct: Map<string, string>
  productCategories: Map<string, string[]>
  /** category → [itself, parent, grandparent, …] */
  categoryAncestry: Map<string, string[]>
  productAttrs: Map<string, { manufacturer?: string | null; line?: string | null; tags?: string[] }>
}

/** Prices per variant and price type, in minor units of the price type's currency. */
export type PriceBook = Map<string, Map<string, number>>

export type CounterpartyPricingInput = {
  legal_entity_id: string | null
  region_code?: string | null
  agreement?: { id: string; price_type_id: string; currency_code: string } | null
  regional_price_type_id?: string | null
  base_price_type_id: string
  price_types: PriceTypeInfo[]
  rules: PriceRuleInput[]
  mass_rules: MassRuleInput[]
  cart_total_rules?: CartTotalRuleInput[]
  /** Target currency when there is no agreement (e.g. the region's). */
  currency_code: string
  /** Rounding step in minor units (1 = 0.01). */
  rounding_step?: number
  /** Exchange rates of the banking day: units of the base currency per 1 unit, decimal strings. */
  rates: Record<string, string>
  rate_date: string
  base_currency: string
  at?: Date
}

export type Provenance = {
  source:
    | "variant_rule"
    | "product_rule"
    | "category_rule"
    | "agreement_price_type"
    | "cart_total_price_type"
    | "regional_price_type"
    | "base_price"
  rule_id?: string
  price_list_id?: string
  category_id?: string
  kind?: RuleKind
  rule_value?: string
  min_quantity?: number
  price_type_id?: string
  agreement_id?: string
  reference_amount?: string
  mass_rule_ids?: string[]
  rate?: { from: string; to: string; from_rate: string; to_rate: string; date: string }
  rounding_step?: string
  /**
   * Whether the amount includes VAT: the flag of the price type the price comes from (a rule: of the
   * counterparty's price type it is over; the catalog-price fallback: of the base type). Cart lines
   * carry it as Medusa's `is_tax_inclusive`.
   */
  vat_included?: boolean
}

export type ResolvedPrice = {
  variant_id: string
  /** Decimal string in `currency_code`; null when the variant has no price or is hidden. */
  amount: string | null
  /** Minor units, for arithmetic. */
  amount_minor: number | null
  currency_code: string
  hidden: boolean
  provenance: Provenance | null
}
