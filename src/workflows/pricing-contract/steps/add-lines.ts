import {
  ContainerRegistrationKeys,
  deepEqualObj,
  isPresent,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ResolvedPrice } from "../../../modules/pricing-contract"
import { assertOrderableQuantities } from "../../ordering/utils/quantities"
import { priceIncludesVat, priceMetadata } from "./price-cart"

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

type Variant = {
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

/** A line of the cart to merge into: same variant, contract-priced, same metadata apart from the price provenance. */
const ownMetadata = (m: Record<string, unknown> | null | undefined) => {
  const { b2b_price: _ignored, ...rest } = (m ?? {}) as Record<string, unknown>
  return rest
}
const sameMetadata = (
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

type Previous = {
  id: string
  quantity: unknown
  unit_price: unknown
  metadata: Record<string, unknown> | null
  is_custom_price: boolean
  is_tax_inclusive: boolean
}

/**
 * Puts many contract-priced lines into a cart with one insert and one update: a variant already in
 * the cart (same metadata) has its quantity increased, any other gets a new line. Variants must
 * exist and belong to a published product, as in Medusa's add-to-cart. Compensation deletes the new
 * lines and restores the merged ones.
 */
export const addContractLinesStep = createStep(
  "pricing-contract-add-contract-lines",
  async (
    input: { cart_id: string; items: ContractLineInput[]; prices: Record<string, ResolvedPrice> },
    { container }
  ) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    if (!input.items.length)
      return new StepResponse(
        { items: [] as unknown[] },
        { created: [] as string[], previous: [] as Previous[] }
      )
    const ids = [...new Set(input.items.map((i) => i.variant_id))]
    const [{ data: variants }, existing] = await Promise.all([
      query.graph({ entity: "product_variant", fields: lineVariantFields, filters: { id: ids } }),
      cartModule.listLineItems(
        { cart_id: input.cart_id, variant_id: ids },
        {
          select: [
            "id",
            "variant_id",
            "quantity",
            "unit_price",
            "raw_unit_price",
            "metadata",
            "is_custom_price",
            "is_tax_inclusive",
          ] as any[],
        }
      ),
    ])
    const byId = new Map((variants as Variant[]).map((v) => [v.id, v]))
    const unpublished = ids.filter((id) => {
      const v = byId.get(id)
      return !v?.product || v.product.status !== ProductStatus.PUBLISHED
    })
    if (unpublished.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variants ${unpublished.join(", ")} do not exist or belong to a product that is not published`
      )
    }
    const lines = new Map<string, typeof existing>()
    for (const l of existing) {
      if (!l.variant_id || !l.is_custom_price) continue
      lines.set(l.variant_id, [...(lines.get(l.variant_id) ?? []), l])
    }
    const toCreate: ReturnType<typeof contractLineData>[] = []
    const toUpdate = new Map<
      string,
      {
        id: string
        quantity: number
        unit_price: number
        is_tax_inclusive: boolean
        metadata: Record<string, unknown>
      }
    >()
    const previous: Previous[] = []
    for (const item of input.items) {
      const price = input.prices[item.variant_id]
      if (!price || price.amount == null)
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `variant_id ${item.variant_id}: has no price for your company`
        )
      const match = lines.get(item.variant_id)?.find((l) => sameMetadata(l.metadata, item.metadata))
      if (!match) {
        toCreate.push(contractLineData(input.cart_id, item, byId.get(item.variant_id)!, price))
        continue
      }
      const pending = toUpdate.get(match.id)
      if (!pending) {
        previous.push({
          id: match.id,
          quantity: (match as any).raw_quantity?.value ?? match.quantity,
          unit_price: (match as any).raw_unit_price?.value ?? match.unit_price,
          metadata: match.metadata ?? null,
          is_custom_price: match.is_custom_price,
          is_tax_inclusive: !!(match as any).is_tax_inclusive,
        })
      }
      toUpdate.set(match.id, {
        id: match.id,
        quantity: Number(pending?.quantity ?? match.quantity) + item.quantity,
        unit_price: price.amount as unknown as number,
        is_tax_inclusive: priceIncludesVat(price),
        metadata: { ...(match.metadata ?? {}), ...(item.metadata ?? {}), ...priceMetadata(price) },
      })
    }
    const created = toCreate.length ? await cartModule.addLineItems(toCreate as any) : []
    const updated = toUpdate.size
      ? await cartModule.updateLineItems(
          [...toUpdate.values()].map(({ id, ...data }) => ({
            selector: { id },
            data: { ...data, is_custom_price: true },
          })) as any
        )
      : []
    return new StepResponse(
      { items: [...created, ...updated] },
      { created: created.map((c) => c.id), previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    if (undo.created.length) await cartModule.deleteLineItems(undo.created)
    if (undo.previous.length) {
      await cartModule.updateLineItems(
        undo.previous.map((p) => ({
          selector: { id: p.id },
          data: {
            quantity: p.quantity,
            unit_price: p.unit_price,
            metadata: p.metadata ?? {},
            is_custom_price: p.is_custom_price,
            is_tax_inclusive: p.is_tax_inclusive,
          },
        })) as any
      )
    }
  }
)

/**
 * Whether the cart's promotions must be recomputed after lines were added: it carries promotion
 * codes or adjustments, or an automatic promotion is active (which could now apply). Otherwise
 * Medusa's recomputation (two more reads of the whole cart) would change nothing. Read only.
 */
export const promotionRefreshNeededStep = createStep(
  "pricing-contract-promotion-refresh-needed",
  async (
    input: {
      cart: {
        promotions?: ({ code?: string | null } | null)[] | null
        items?: { adjustments?: unknown[] | null }[] | null
      }
    },
    { container }
  ) => {
    if (input.cart.promotions?.some((p) => p?.code)) return new StepResponse(true)
    if (input.cart.items?.some((i) => i.adjustments?.length)) return new StepResponse(true)
    const automatic = await (container.resolve(Modules.PROMOTION) as any).listPromotions(
      { is_automatic: true, status: ["active"] },
      { select: ["id"], take: 1 }
    )
    return new StepResponse(automatic.length > 0)
  }
)

/** MOQ and pack multiples for the resulting line quantities, as addToCartWorkflow's validate hook does on Medusa's path. */
export const assertOrderableLinesStep = createStep(
  "pricing-contract-assert-orderable-lines",
  async (input: { cart_id: string; items: ContractLineInput[] }, { container }) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const ids = [...new Set(input.items.map((i) => i.variant_id))]
    const [cart, existing] = await Promise.all([
      cartModule.retrieveCart(input.cart_id, { select: ["id", "completed_at"] }),
      ids.length
        ? cartModule.listLineItems(
            { cart_id: input.cart_id, variant_id: ids },
            { select: ["variant_id", "quantity"] }
          )
        : [],
    ])
    if (cart.completed_at)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cart ${cart.id} is already completed.`)
    const totals = new Map<string, number>()
    for (const l of existing)
      if (l.variant_id)
        totals.set(l.variant_id, (totals.get(l.variant_id) ?? 0) + Number(l.quantity))
    for (const i of input.items)
      totals.set(i.variant_id, (totals.get(i.variant_id) ?? 0) + i.quantity)
    await assertOrderableQuantities(
      container,
      [...totals].map(([variant_id, quantity]) => ({ variant_id, quantity }))
    )
    return new StepResponse(true)
  }
)
