import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { BigNumberInput, ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertAvailable } from "../../ordering/utils/availability"
import { assertOrderableQuantities } from "../../ordering/utils/quantities"

/**
 * Sets one line's quantity (the member's quantity change on the cart page): the line must be in the
 * cart, the cart open, the quantity orderable (MOQ, pack multiple, as updateLineItemInCartWorkflow's
 * validate hook checks it) and in stock in the cart's sales channel (as Medusa's line update confirms
 * it). Reads only that line. Returns its variant; compensation writes the old quantity back.
 */
export const setLineQuantityStep = createStep(
  "pricing-contract-set-line-quantity",
  async (input: { cart_id: string; item_id: string; quantity: number }, { container }) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const [cart, [line]] = await Promise.all([
      cartModule.retrieveCart(input.cart_id, {
        select: ["id", "completed_at", "sales_channel_id"],
      }),
      cartModule.listLineItems(
        { id: input.item_id, cart_id: input.cart_id },
        { select: ["id", "variant_id", "quantity"] }
      ),
    ])
    if (cart.completed_at)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cart ${cart.id} is already completed.`)
    if (!line)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Line item with id ${input.item_id} was not found`
      )
    if (line.variant_id) {
      const want = [{ variant_id: line.variant_id, quantity: input.quantity }]
      await assertOrderableQuantities(container, want)
      await assertAvailable(
        container,
        cart.sales_channel_id,
        new Map([[line.variant_id, input.quantity]])
      )
    }
    const before: BigNumberInput = line.quantity
    await cartModule.updateLineItems([
      { selector: { id: line.id }, data: { quantity: input.quantity } },
    ])
    return new StepResponse(
      { variant_id: line.variant_id as string | null },
      { id: line.id, quantity: before }
    )
  },
  async (prev, { container }) => {
    if (!prev) return
    await container
      .resolve<ICartModuleService>(Modules.CART)
      .updateLineItems([{ selector: { id: prev.id }, data: { quantity: prev.quantity } }])
  }
)
