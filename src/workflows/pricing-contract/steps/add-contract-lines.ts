import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import type { BigNumberInput, ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ResolvedPrice } from "../../../modules/pricing-contract"
import { priceIncludesVat, priceMetadata } from "../utils/cart-prices"
import { GROSS_UP_KEY } from "../../common/utils/money"
import {
  type ContractLineInput,
  lineVariantFields,
  type Variant,
  sameMetadata,
  contractLineData,
} from "../utils/contract-lines"

/** The exact decimals Medusa keeps beside a line's numbers (not in the DTO type). */
type RawLine = {
  raw_quantity?: { value?: string }
  raw_unit_price?: { value?: string }
  is_tax_inclusive?: boolean
}

type Previous = {
  id: string
  quantity: BigNumberInput
  unit_price: BigNumberInput
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
          ] as any[], // why: raw_* fields are not in the graph's typed field list
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
          quantity: (match as RawLine).raw_quantity?.value ?? match.quantity,
          unit_price: (match as RawLine).raw_unit_price?.value ?? match.unit_price,
          metadata: match.metadata ?? null,
          is_custom_price: match.is_custom_price,
          is_tax_inclusive: !!(match as RawLine).is_tax_inclusive,
        })
      }
      toUpdate.set(match.id, {
        id: match.id,
        quantity: Number(pending?.quantity ?? match.quantity) + item.quantity,
        unit_price: price.amount as unknown as number,
        is_tax_inclusive: priceIncludesVat(price),
        // priced afresh in the contract's terms: a grossed-up line is grossed up again after its tax lines
        metadata: {
          ...(match.metadata ?? {}),
          ...(item.metadata ?? {}),
          ...priceMetadata(price),
          ...(match.metadata?.[GROSS_UP_KEY] != null ? { [GROSS_UP_KEY]: null } : {}),
        },
      })
    }
    // why: the contract line data carries the custom-price fields addLineItems accepts untyped
    const created = toCreate.length ? await cartModule.addLineItems(toCreate as any) : []
    const updated = toUpdate.size
      ? await cartModule.updateLineItems(
          [...toUpdate.values()].map(({ id, ...data }) => ({
            selector: { id },
            data: { ...data, is_custom_price: true },
          }))
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
        }))
      )
    }
  }
)
