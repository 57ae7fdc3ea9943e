import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { grossUpPlan, type GrossUpLine } from "../../common/utils/money"

type Previous = {
  id: string
  unit_price: string
  is_tax_inclusive: boolean
  metadata: Record<string, unknown> | null
}

/**
 * After a cart's tax lines are known: carries its VAT-exclusive lines in Medusa as tax-inclusive at
 * gross / quantity (lib/money grossUpPlan), so that Medusa's own total (and the payment collection and
 * order made from it) is the portal's per-line rounded gross to the kopeck. Returns whether anything
 * changed and whether the cart has a payment collection to bring up to date; compensation restores
 * the lines. With `item_ids` only those lines are read (a line operation touches a few lines of a
 * cart of hundreds: the others are already in their final terms).
 */
export const grossUpExclusiveLinesStep = createStep(
  "pricing-contract-gross-up-exclusive-lines",
  async (input: { cart_id: string; item_ids?: string[] }, { container }) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    // the lines an operation touched (a single-line change re-reads only those), else every line
    if (input.item_ids && !input.item_ids.length)
      return new StepResponse({ changed: false, payment_collection: false }, [] as Previous[])
    const found = await cartModule.listLineItems(
      { cart_id: input.cart_id, ...(input.item_ids ? { id: input.item_ids } : {}) },
      {
        select: [
          "id",
          "unit_price",
          "raw_unit_price",
          "quantity",
          "raw_quantity",
          "is_tax_inclusive",
          "metadata",
          "tax_lines.rate",
        ],
        relations: ["tax_lines"],
      }
    )
    // cast: the DTO types the line without the raw_* fields asked for
    const lines = found as unknown as GrossUpLine[]
    const updates = grossUpPlan(lines)
    if (!updates.length)
      return new StepResponse({ changed: false, payment_collection: false }, [] as Previous[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.id"],
      filters: { id: input.cart_id },
    })
    const result = { changed: true, payment_collection: !!data[0]?.payment_collection?.id }
    const byId = new Map(lines.map((l) => [l.id, l]))
    const previous: Previous[] = updates.map((u) => {
      const l = byId.get(u.id)!
      const rawPrice = (l.raw_unit_price as { value?: string } | undefined)?.value
      return {
        id: u.id,
        unit_price: String(rawPrice ?? l.unit_price),
        is_tax_inclusive: !!l.is_tax_inclusive,
        metadata: (l.metadata as Record<string, unknown> | null) ?? null,
      }
    })
    await cartModule.updateLineItems(
      updates.map(({ id, ...data }) => ({
        selector: { id },
        // a decimal string: the bigNumber column keeps it exactly
        data: data as unknown as { unit_price: number },
      }))
    )
    return new StepResponse(result, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<ICartModuleService>(Modules.CART).updateLineItems(
      previous.map((p) => ({
        selector: { id: p.id },
        data: {
          unit_price: p.unit_price as unknown as number,
          is_tax_inclusive: p.is_tax_inclusive,
          metadata: p.metadata ?? {},
        },
      }))
    )
  }
)
