import type { InferTypeOf } from "@medusajs/framework/types"
import { model } from "@medusajs/framework/utils"

/**
 * Wholesale terms of a product (or one variant, which then overrides its product): minimum order
 * quantity and order multiple in base units, the base unit and packaging units with coefficients
 * (piece, box = 12, pallet = 480), weight and volume of one base unit for delivery.
 */
export const ProductTerms = model
  .define("ord_product_terms", {
    id: model.id({ prefix: "pterm" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    min_quantity: model.number().default(1),
    multiple: model.number().default(1),
    base_unit: model.text().default("шт"),
    units: model.json().nullable(),
    weight_kg: model.text().nullable(),
    volume_m3: model.text().nullable(),
  })
  .indexes([
    { on: ["product_id", "variant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["variant_id"] },
  ])

/** a product-terms row with its json `units` typed (as the admin's product-terms route validates them) */
export type ProductTermsRow = Omit<InferTypeOf<typeof ProductTerms>, "units"> & {
  units: { code: string; name: string; coefficient: number }[] | null
}
