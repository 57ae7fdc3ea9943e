import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  MissingRateError,
  parseScaled,
  PRICING_CONTRACT_MODULE,
  resolvePrices,
  type CatalogIndex,
  type ResolvedPrice,
} from "../../../modules/pricing-contract"
import type { PriceBook } from "../../../modules/pricing-contract/engine/types"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import type { PricingContext } from "../../../modules/pricing-contract/service"

/**
 * Glue between Medusa's catalog (read through Query) and the pricing engine: builds the partial
 * catalog index for the variants asked for, takes the counterparty's compiled rules from the
 * module's cache, and resolves every price in one pass (two queries whatever the batch size).
 */
let categoryCache: { version: number; ancestry: Map<string, string[]> } | null = null

async function categoryAncestry(container: MedusaContainer, version: number) {
  if (categoryCache?.version === version) return categoryCache.ancestry
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id", "parent_category_id"],
  })
  const parent = new Map<string, string | null>(
    (data as { id: string; parent_category_id: string | null }[]).map((c) => [
      c.id,
      c.parent_category_id,
    ])
  )
  const ancestry = new Map<string, string[]>()
  for (const id of parent.keys()) {
    const chain: string[] = []
    let cur: string | null | undefined = id
    while (cur && chain.length < 64) {
      chain.push(cur)
      cur = parent.get(cur)
    }
    ancestry.set(id, chain)
  }
  categoryCache = { version, ancestry }
  return ancestry
}

export async function catalogIndexFor(
  container: MedusaContainer,
  variantIds: string[],
  version: number
): Promise<CatalogIndex> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, ancestry] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "product_id",
        "product.metadata",
        "product.categories.id",
        "product.tags.value",
      ],
      filters: { id: variantIds },
    }),
    categoryAncestry(container, version),
  ])
  const index: CatalogIndex = {
    variantProduct: new Map(),
    productCategories: new Map(),
    categoryAncestry: ancestry,
    productAttrs: new Map(),
  }
  // why: Query graph rows of product variants with their product, categories and metadata (untyped here)
  for (const v of data as any[]) {
    index.variantProduct.set(v.id, v.product_id)
    if (!index.productCategories.has(v.product_id)) {
      index.productCategories.set(
        v.product_id,
        (v.product?.categories ?? []).map((c: { id: string }) => c.id)
      )
      const md = (v.product?.metadata ?? {}) as Record<string, unknown>
      index.productAttrs.set(v.product_id, {
        manufacturer: typeof md.manufacturer === "string" ? md.manufacturer : null,
        line: typeof md.line === "string" ? md.line : null,
        tags: (v.product?.tags ?? []).map((t: { value: string }) => t.value),
      })
    }
  }
  return index
}

async function withAncestry(
  container: MedusaContainer,
  catalog: CatalogIndex,
  version: number
): Promise<CatalogIndex> {
  return { ...catalog, categoryAncestry: await categoryAncestry(container, version) }
}

export type ResolveRequest = PricingContext & {
  quantity?: number | Map<string, number>
  cart_total_minor?: number
  /** Whole-catalog walks (exports) read prices directly instead of filling the per-version cache. */
  bypass_cache?: boolean
  /** A catalog index the caller already has (e.g. from the page of products it is exporting). */
  catalog?: CatalogIndex
}

/**
 * The last step of the chain, "base price": a variant the base price type has no price for (a product
 * created in Medusa's admin rather than imported from 1C) takes its own catalog price in Medusa in the
 * base type's currency: the plain price, without rules or price lists, in the base type's VAT terms.
 * This applies whatever the counterparty's own price type is (also when that is the base type).
 * Exact decimals from raw_amount.
 */
async function withCatalogBasePrices(
  container: MedusaContainer,
  compiled: any,
  book: PriceBook,
  variantIds: string[]
): Promise<PriceBook> {
  // the base type whatever role it plays for this counterparty: its regional or agreement type may be
  // the base type itself (then there is no separate "base_price" step, but the fallback still applies)
  const baseId: string | undefined =
    compiled.base_price_type_id ?? (compiled.referenceTypes as { id: string }[]).at(-1)?.id
  if (!baseId) return book
  const base = { id: baseId }
  const lacking = variantIds.filter((id) => !book.get(id)?.has(base.id))
  if (!lacking.length) return book
  const currency = (compiled.typeCurrency as Map<string, string>).get(base.id) ?? compiled.currency
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "price_set.prices.raw_amount",
      "price_set.prices.amount",
      "price_set.prices.currency_code",
      "price_set.prices.rules_count",
      "price_set.prices.price_list_id",
    ],
    filters: { id: lacking },
  })
  const out: PriceBook = new Map(book)
  // why: Query graph rows of product variants with their product, categories and metadata (untyped here)
  for (const v of data as any[]) {
    const price = (v.price_set?.prices ?? []).find(
      (p: any) =>
        p.currency_code?.toLowerCase() === currency &&
        !p.price_list_id &&
        !Number(p.rules_count ?? 0)
    )
    if (!price) continue
    const m = new Map(book.get(v.id) ?? [])
    m.set(
      base.id,
      parseScaled(String(price.raw_amount?.value ?? price.amount), 2, `catalog price of ${v.id}`)
    )
    out.set(v.id, m)
  }
  return out
}

export async function resolveVariantPrices(
  container: MedusaContainer,
  req: ResolveRequest,
  variantIds: string[]
): Promise<ResolvedPrice[]> {
  if (!variantIds.length) return []
  const pricing = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  const version = await pricing.currentVersion()
  const [compiled, priceBook, catalog] = await Promise.all([
    pricing.compiledFor(req),
    req.bypass_cache ? pricing.loadPriceBook(variantIds) : pricing.priceBook(variantIds),
    req.catalog
      ? withAncestry(container, req.catalog, version)
      : catalogIndexFor(container, variantIds, version),
  ])
  const book = await withCatalogBasePrices(container, compiled, priceBook, variantIds)
  try {
    return resolvePrices(compiled, catalog, book, variantIds, {
      quantity: req.quantity,
      cart_total_minor: req.cart_total_minor,
    })
  } catch (e) {
    // A missing banking-day rate is a business error with a precise message, never a 500 or 1:1.
    if (e instanceof MissingRateError)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, e.message)
    throw e
  }
}
