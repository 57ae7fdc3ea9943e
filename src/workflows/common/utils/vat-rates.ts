/**
 * The VAT a variant's price is charged with, read where a cart line's is: Medusa's tax module (the
 * tax region of the store's RUB region country, with the product / product type rules), as
 * upsertTaxLinesWorkflow gives a cart line its tax lines. A variant the tax module gives no rate is
 * charged as a line without tax lines is (money.ts vatTermsOf): VAT included at the default rate.
 */
import type { ITaxModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { lineMoney, minorToString, vatTermsOf } from "./money"

/** Where buyers are (the country of the store's RUB region), as a cart's default shipping address. */
async function taxCountry(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "countries.iso_2"],
    filters: { currency_code: "rub" },
  })
  const iso = (data as { countries?: { iso_2?: string | null }[] | null }[])
    .flatMap((r) => r.countries ?? [])
    .map((c) => c.iso_2)
    .find(Boolean)
  return iso ?? "ru"
}

/** Per variant: the Medusa tax lines' rates a cart line of it would get (empty when none). */
export async function variantTaxRates(
  container: MedusaContainer,
  variantIds: string[]
): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>()
  if (!variantIds.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, country] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["id", "product_id", "product.type_id"],
      filters: { id: variantIds },
    }),
    taxCountry(container),
  ])
  const variants = data as {
    id: string
    product_id: string
    product?: { type_id?: string | null } | null
  }[]
  const tax = container.resolve<ITaxModuleService>(Modules.TAX)
  const lines = await tax.getTaxLines(
    variants.map((v) => ({
      id: v.id,
      product_id: v.product_id,
      product_type_id: v.product?.type_id ?? undefined,
      quantity: 1,
      currency_code: "rub",
    })),
    { address: { country_code: country } }
  )
  for (const v of variants) out.set(v.id, [])
  for (const l of lines as { line_item_id?: string; rate?: number | null }[]) {
    if (l.line_item_id && out.has(l.line_item_id))
      out.get(l.line_item_id)!.push(Number(l.rate ?? 0))
  }
  return out
}

export type PriceVat = {
  /** Whether `amount` includes VAT as a cart line charges it. */
  vat_included: boolean
  /** Percent ("22", "10", "0"), null when not subject to VAT. */
  vat_rate: string | null
  /** One unit without VAT / with VAT, through the one money rule (lineMoney), "1234.50". */
  net: string
  vat: string
  gross: string
}

/** One unit of a price as a cart line of it is charged: lineMoney at quantity 1. */
export function priceVat(
  amount: string | number,
  priceIncludesVat: boolean,
  taxRates: number[] | undefined
): PriceVat {
  const terms = vatTermsOf({
    is_tax_inclusive: priceIncludesVat,
    tax_lines: (taxRates ?? []).map((rate) => ({ rate })),
  })
  const m = lineMoney({ unit_price: amount, quantity: 1, ...terms })
  return {
    vat_included: terms.vat_included,
    vat_rate: m.rate,
    net: minorToString(m.net),
    vat: minorToString(m.vat),
    gross: minorToString(m.gross),
  }
}
