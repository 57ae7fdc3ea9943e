import type { CatalogIndex } from "./types"

/** Builds the engine's catalog index from products already loaded with categories, tags and metadata. */
export function catalogIndexFromProducts(
  products: {
    id: string
    metadata?: Record<string, unknown> | null
    categories?: { id: string }[] | null
    tags?: { value: string }[] | null
    variants?: { id: string }[] | null
  }[]
): CatalogIndex {
  const index: CatalogIndex = {
    variantProduct: new Map(),
    productCategories: new Map(),
    categoryAncestry: new Map(),
    productAttrs: new Map(),
  }
  for (const p of products) {
    index.productCategories.set(
      p.id,
      (p.categories ?? []).map((c) => c.id)
    )
    const md = p.metadata ?? {}
    index.productAttrs.set(p.id, {
      manufacturer: typeof md.manufacturer === "string" ? md.manufacturer : null,
      line: typeof md.line === "string" ? md.line : null,
      tags: (p.tags ?? []).map((t) => t.value),
    })
    for (const v of p.variants ?? []) index.variantProduct.set(v.id, p.id)
  }
  return index
}
