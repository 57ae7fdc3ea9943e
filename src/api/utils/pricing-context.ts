import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { PRICING_CONTRACT_MODULE, type ResolvedPrice } from "../../modules/pricing-contract"
import type PricingContractModuleService from "../../modules/pricing-contract/service"
import { resolveVariantPrices } from "../../workflows/pricing-contract/utils"
import { priceIncludesVat } from "../../workflows/pricing-contract/utils/cart-prices"
import { priceVat, variantTaxRates } from "../../workflows/common/utils/vat-rates"
import type { B2BRequest } from "./b2b-context"

export const REGION_HEADER = "x-b2b-region"

/** Whose prices: the acting counterparty (its holding and region), or a guest in a chosen region. */
export function pricingContextOf(req: B2BRequest) {
  const ctx = req.b2b
  const header = req.headers[REGION_HEADER]
  const region = typeof header === "string" && header.trim() ? header.trim() : null
  return {
    legal_entity_id: ctx?.active.legal_entity_id ?? null,
    holding_id: ctx?.active.holding_id ?? null,
    region_code: region ?? ctx?.active.region_code ?? null,
    currency_code: "rub",
  }
}

/** Members need prices.view; guests see prices only when the settings allow it. */
export async function canSeePrices(req: B2BRequest): Promise<boolean> {
  if (req.b2b) return req.b2b.active.permissions.includes("prices.view")
  const pricing = req.scope.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  return !!(await pricing.getSettings()).show_prices_to_guests
}

/**
 * What a buyer is shown of a resolved price: amount (in the price type's terms), currency, the kind
 * of source, and one unit as a cart line of it is charged — whether the amount includes VAT, the
 * rate, and net / VAT / gross through the one money rule (lineMoney), so a catalog price with or
 * without VAT is to the kopeck what the cart then charges. `taxRates`: the variant's Medusa tax
 * rates (variantTaxRates).
 */
export const publicPrice = (p: ResolvedPrice, taxRates: number[] | undefined) => ({
  amount: p.amount,
  currency_code: p.currency_code,
  source: p.provenance?.source ?? null,
  ...(p.amount === null
    ? { vat_included: priceIncludesVat(p), vat_rate: null, net: null, vat: null, gross: null }
    : priceVat(p.amount, priceIncludesVat(p), taxRates)),
})

/** Resolved prices with each variant's tax rates (one tax-module call for the batch). */
export async function pricesWithRates(
  req: B2BRequest,
  variantIds: string[],
  quantity?: number
): Promise<{ resolved: ResolvedPrice[]; rates: Map<string, number[]> }> {
  const [resolved, rates] = await Promise.all([
    resolveVariantPrices(req.scope, { ...pricingContextOf(req), quantity }, variantIds),
    variantTaxRates(req.scope, variantIds),
  ])
  return { resolved, rates }
}

type AnyProduct = {
  id: string
  variants?: { id: string; [k: string]: unknown }[] | null
  [k: string]: unknown
}

/**
 * Adds personal prices to Medusa's store product responses (list and detail): each variant gets
 * `b2b_price`, each product `b2b_price_from`; products hidden by mass rules are removed.
 * Works by wrapping res.json, so Medusa's own route, filters and pagination stay untouched.
 */
export function attachPersonalPrices(
  req: B2BRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const original = res.json.bind(res)
  res.json = (body: any) => {
    const products: AnyProduct[] | null = body?.products ?? (body?.product ? [body.product] : null)
    if (!products || res.statusCode >= 400) return original(body)
    enrich(req, products)
      .then((visible) => {
        if (body.products) body.products = visible
        else if (!visible.length) {
          res.status(404)
          return original({
            type: "not_found",
            message: `Product with id ${body.product.id} was not found`,
          })
        }
        return original(body)
      })
      .catch(next)
    return res
  }
  next()
}

async function enrich(req: B2BRequest, products: AnyProduct[]): Promise<AnyProduct[]> {
  const variantIds = products.flatMap((p) => (p.variants ?? []).map((v) => v.id))
  if (!variantIds.length) return products
  const visible = await canSeePrices(req)
  if (!visible) {
    // no prices for this caller: nothing to resolve (hide rules still need resolution, so only
    // skip when no mass rule hides anything for anyone)
    const hides = await resolveNeeded(req)
    if (!hides) {
      for (const p of products) {
        for (const v of p.variants ?? []) v.b2b_price = null
        p.b2b_price_from = null
      }
      return products
    }
  }
  const { resolved, rates } = await pricesWithRates(req, variantIds)
  const byVariant = new Map(resolved.map((r) => [r.variant_id, r]))
  const out: AnyProduct[] = []
  for (const p of products) {
    const variants = p.variants ?? []
    const prices = variants.map((v) => byVariant.get(v.id))
    if (variants.length && prices.every((r) => r?.hidden)) continue // hidden by a mass rule
    let from: ResolvedPrice | null = null
    for (const v of variants) {
      const r = byVariant.get(v.id)
      v.b2b_price = visible && r && r.amount !== null ? publicPrice(r, rates.get(v.id)) : null
      if (visible && r?.amount_minor != null && (!from || r.amount_minor < from.amount_minor!))
        from = r
    }
    p.b2b_price_from = from ? publicPrice(from, rates.get(from.variant_id)) : null
    out.push(p)
  }
  return out
}

/** Whether a mass rule hides products for this caller (then even price-less callers need resolution). */
async function resolveNeeded(req: B2BRequest): Promise<boolean> {
  const compiled = await req.scope
    .resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    .compiledFor(pricingContextOf(req))
  return compiled.mass.some((m) => m.hide)
}
