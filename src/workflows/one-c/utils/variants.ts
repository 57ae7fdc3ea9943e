import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const VARIANT_OPTION = "Вариант"
export const DEFAULT_VALUE = "Основной"

/** What a variant is made from: a catalog Товар or an offer with characteristics. */
export type VariantSource = {
  id: string
  characteristic_id: string | null
  sku: string | null
  code?: string | null
  barcodes: string[]
  characteristics: { name: string; value: string }[]
  name: string | null
}

/** Title of a variant from its characteristics ("Размер: 42, Цвет: чёрный"), else its own name. */
export const variantTitle = (
  p: Pick<VariantSource, "characteristics" | "name">,
  fallback = DEFAULT_VALUE
) =>
  p.characteristics.length
    ? p.characteristics.map((c) => `${c.name}: ${c.value}`).join(", ")
    : (p.name ?? fallback)

/**
 * SKUs and barcodes are unique in Medusa; 1C's articles are not (empty, repeated, shared by all
 * characteristics of a product). Candidates take more and more of the 1C id; all candidates of a
 * batch are checked against the database in one query.
 */
export async function skuAllocator(productModule: any, items: VariantSource[]) {
  const candidates = (p: VariantSource) => {
    const base = p.sku || p.code || p.id.slice(0, 13)
    if (!p.characteristic_id)
      return [base, `${base}-${p.id.replace(/[^a-z0-9]/gi, "").slice(0, 12)}`]
    const hex = p.characteristic_id.replace(/[^a-z0-9]/gi, "")
    return [`${base}-${hex.slice(0, 8)}`, `${base}-${hex.slice(0, 16)}`, `${base}-${hex}`]
  }
  const wanted = [...new Set(items.flatMap(candidates))]
  const taken = new Set<string>(
    wanted.length
      ? (
          await productModule.listProductVariants({ sku: wanted }, { select: ["sku"], take: null })
        ).map((v: any) => v.sku)
      : []
  )
  const barcodes = [...new Set(items.flatMap((p) => p.barcodes))]
  const usedBarcodes = new Set<string>(
    barcodes.length
      ? (
          await productModule.listProductVariants(
            { barcode: barcodes },
            { select: ["barcode"], take: null }
          )
        ).map((v: any) => v.barcode)
      : []
  )
  return {
    skuFor(p: VariantSource) {
      const list = candidates(p)
      let sku = list.find((c) => !taken.has(c)) ?? list[list.length - 1]
      for (let n = 2; taken.has(sku); n++) sku = `${list[list.length - 1]}-${n}`
      taken.add(sku)
      return sku
    },
    barcodeFor(p: VariantSource) {
      const b = p.barcodes.find((x) => !usedBarcodes.has(x))
      if (b) usedBarcodes.add(b)
      return b ?? null
    },
  }
}

export type Added = {
  variants: string[]
  inventory: string[]
  links: any[]
  mappings: { kind: string; external_id: string; internal_id: string; parent_internal_id: string }[]
}

/**
 * New characteristics of known products, batched: one option update per product, one variant
 * creation call, one inventory item call and one link call for the whole batch.
 */
export async function addVariantsToProducts(
  container: any,
  additions: { productId: string; p: VariantSource }[],
  alloc: Awaited<ReturnType<typeof skuAllocator>>
): Promise<Added> {
  const out: Added = { variants: [], inventory: [], links: [], mappings: [] }
  if (!additions.length) return out
  const productModule = container.resolve(Modules.PRODUCT)
  const prods = await productModule.listProducts(
    { id: [...new Set(additions.map((a) => a.productId))] },
    { relations: ["options", "options.values"], take: null }
  )
  const rows: any[] = []
  const optionUpdates: {
    product_id: string
    product_option_id: string
    add: { value: string }[]
  }[] = []
  for (const prod of prods) {
    const opt = prod.options.find((o: any) => o.title === VARIANT_OPTION) ?? prod.options[0]
    const values = new Set<string>((opt.values ?? []).map((v: any) => v.value))
    const mine = additions.filter((a) => a.productId === prod.id)
    const add: { value: string }[] = []
    for (const a of mine) {
      let title = variantTitle(a.p)
      while (values.has(title)) title = `${title} (${a.p.id.slice(-4)})`
      values.add(title)
      add.push({ value: title })
      rows.push({
        product_id: prod.id,
        title,
        sku: alloc.skuFor(a.p),
        barcode: alloc.barcodeFor(a.p),
        manage_inventory: true,
        options: { [opt.title]: title },
        metadata: { one_c_id: a.p.id },
      })
    }
    // option values are linked to products separately since Medusa 2.16
    optionUpdates.push({ product_id: prod.id, product_option_id: opt.id, add })
  }
  await productModule.updateProductOptionValuesOnProduct(optionUpdates)
  const created = await productModule.createProductVariants(rows)
  out.variants.push(...created.map((v: any) => v.id))
  const items = await container
    .resolve(Modules.INVENTORY)
    .createInventoryItems(created.map((v: any) => ({ sku: v.sku, title: v.title })))
  out.inventory.push(...items.map((i: any) => i.id))
  const links = created.map((v: any, i: number) => ({
    [Modules.PRODUCT]: { variant_id: v.id },
    [Modules.INVENTORY]: { inventory_item_id: items[i].id },
  }))
  await container.resolve(ContainerRegistrationKeys.LINK).create(links)
  out.links.push(...links)
  for (const v of created)
    out.mappings.push({
      kind: "variant",
      external_id: v.metadata.one_c_id,
      internal_id: v.id,
      parent_internal_id: v.product_id,
    })
  return out
}
