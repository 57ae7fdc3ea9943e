import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

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
        items?: ({ adjustments?: unknown[] | null } | null)[] | null
      }
    },
    { container }
  ) => {
    if (input.cart.promotions?.some((p) => p?.code)) return new StepResponse(true)
    if (input.cart.items?.some((i) => i?.adjustments?.length)) return new StepResponse(true)
    const automatic = await container
      .resolve(Modules.PROMOTION)
      .listPromotions({ is_automatic: true, status: ["active"] }, { select: ["id"], take: 1 })
    return new StepResponse(automatic.length > 0)
  }
)
