import { deepEqualObj, isPresent } from "@medusajs/framework/utils"
import type { ResolvedPrice } from "../../../modules/pricing-contract"
import { priceIncludesVat, priceMetadata } from "./cart-prices"

export type ContractLineInput = {
  variant_id: string
  quantity: number
  metadata?: Record<string, unknown>
}

/** The variant and product fields a line item snapshots (what Medusa's add-to-cart copies onto a line). */
export const lineVariantFields = [
  "id",
  "title",
  "sku",
  "barcode",
  "thumbnail",
  "product.id",
  "product.title",
  "product.description",
  "product.subtitle",
  "product.thumbnail",
  "product.handle",
  "product.status",
  "product.discountable",
  "product.is_giftcard",
  "product.type.id",
  "product.type.value",
  "product.collection.title",
  "product.shipping_profile.id",
  "inventory_items.inventory.requires_shipping",
]

export type Variant = {
  id: string
  title?: string | null
  sku?: string | null
  barcode?: string | null
  thumbnail?: string | null
  product?: {
    id: string
    title?: string | null
    description?: string | null
    subtitle?: string | null
    thumbnail?: string | null
    handle?: string | null
    status?: string | null
    discountable?: boolean | null
    is_giftcard?: boolean | null
    type?: { id?: string | null; value?: string | null } | null
    collection?: { title?: string | null } | null
    shipping_profile?: { id?: string | null } | null
  } | null
  inventory_items?: { inventory?: { requires_shipping?: boolean | null } | null }[] | null
}

/** A line of the cart to merge into: same variant, contract-priced, same metadata apart from the price provenance (and a VAT-exclusive line's gross-up). */
const ownMetadata = (m: Record<string, unknown> | null | undefined) => {
  const {
    b2b_price: _ignored,
    b2b_gross_up: _grossUp,
    ...rest
  } = (m ?? {}) as Record<string, unknown>
  return rest
}

export const sameMetadata = (
  a: Record<string, unknown> | null | undefined,
  b: Record<string, unknown> | null | undefined
) => {
  const x = ownMetadata(a)
  const y = ownMetadata(b)
  return (!isPresent(x) && !isPresent(y)) || deepEqualObj(x, y)
}

/** Line item data as Medusa's prepareLineItemData builds it, with the contract price as a custom price. */
export function contractLineData(
  cartId: string,
  item: ContractLineInput,
  variant: Variant,
  price: ResolvedPrice
) {
  const product = variant.product!
  const requiresShipping =
    !!product.shipping_profile?.id ||
    !!variant.inventory_items?.some((i) => !!i.inventory?.requires_shipping)
  return {
    cart_id: cartId,
    quantity: item.quantity,
    title: product.title,
    subtitle: variant.title,
    thumbnail: variant.thumbnail ?? product.thumbnail,
    product_id: product.id,
    product_title: product.title,
    product_description: product.description,
    product_subtitle: product.subtitle,
    product_type: product.type?.value ?? null,
    product_type_id: product.type?.id ?? null,
    product_collection: product.collection?.title ?? null,
    product_handle: product.handle,
    variant_id: variant.id,
    variant_sku: variant.sku,
    variant_barcode: variant.barcode,
    variant_title: variant.title,
    is_discountable: product.discountable,
    is_giftcard: product.is_giftcard ?? false,
    requires_shipping: requiresShipping,
    // exact decimal string: the bigNumber column keeps it as is
    unit_price: price.amount as unknown as number,
    is_custom_price: true,
    is_tax_inclusive: priceIncludesVat(price),
    metadata: { ...(item.metadata ?? {}), ...priceMetadata(price) },
  }
}
