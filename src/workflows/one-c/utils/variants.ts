import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  hashOf,
  normaliseCharacteristics,
  PLACEHOLDER_OPTION,
  PLACEHOLDER_VALUE,
} from "../../../modules/one-c"

/** @deprecated names of the placeholder option and value (see PLACEHOLDER_OPTION / PLACEHOLDER_VALUE) */
export const VARIANT_OPTION = PLACEHOLDER_OPTION
export const DEFAULT_VALUE = PLACEHOLDER_VALUE

/**
 * What a variant mapping's hash records: the characteristics last applied to it. A characteristic
 * re-sent with the same hash costs nothing; a different one re-plans its product's options.
 */
export const characteristicsHash = (chars: { name: string; value: string }[]) =>
  hashOf(
    normaliseCharacteristics(chars).map((c) => [c.name.toLowerCase().replace(/ё/g, "е"), c.value])
  )

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
