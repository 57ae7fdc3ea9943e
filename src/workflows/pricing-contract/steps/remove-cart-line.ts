import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Removes one line of an open cart (soft delete, as Medusa's deleteLineItemsStep; compensation
 * restores it). Reads only that line; returns its variant, whose other lines may need a new price.
 */
export const removeCartLineStep = createStep(
  "pricing-contract-remove-cart-line",
  async (input: { cart_id: string; item_id: string }, { container }) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const [cart, [line]] = await Promise.all([
      cartModule.retrieveCart(input.cart_id, { select: ["id", "completed_at"] }),
      cartModule.listLineItems(
        { id: input.item_id, cart_id: input.cart_id },
        { select: ["id", "variant_id"] }
      ),
    ])
    if (cart.completed_at)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cart ${cart.id} is already completed.`)
    if (!line)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Line item with id ${input.item_id} was not found`
      )
    await cartModule.softDeleteLineItems([line.id])
    return new StepResponse({ variant_id: line.variant_id as string | null }, [line.id])
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<ICartModuleService>(Modules.CART).restoreLineItems(ids)
  }
)
