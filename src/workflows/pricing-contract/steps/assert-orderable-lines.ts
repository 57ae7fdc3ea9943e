import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertAvailable } from "../../ordering/utils/availability"
import { assertOrderableQuantities } from "../../ordering/utils/quantities"
import { ContractLineInput } from "../utils/contract-lines"

/**
 * MOQ and pack multiples for the resulting line quantities, as addToCartWorkflow's validate hook does
 * on Medusa's path; with `check_stock` also the stock of the cart's sales channel for those
 * quantities, as Medusa's add-to-cart confirms it (the bulk callers checked stock before).
 */
export const assertOrderableLinesStep = createStep(
  "pricing-contract-assert-orderable-lines",
  async (
    input: { cart_id: string; items: ContractLineInput[]; check_stock?: boolean },
    { container }
  ) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const ids = [...new Set(input.items.map((i) => i.variant_id))]
    const [cart, existing] = await Promise.all([
      cartModule.retrieveCart(input.cart_id, {
        select: ["id", "completed_at", "sales_channel_id"],
      }),
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
    if (input.check_stock) await assertAvailable(container, cart.sales_channel_id, totals)
    return new StepResponse(true)
  }
)
