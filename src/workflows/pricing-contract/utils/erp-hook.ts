import type { MedusaContainer } from "@medusajs/framework/types"
import { pluginOptions } from "../../../lib/plugin-options"

/**
 * Hook point "detail the cart's prices in the ERP": a connector (1C) registers an implementation
 * under ERP_CART_PRICER in the container; it gets the cart lines with the portal's prices and may
 * return final prices per variant (e.g. 1C's own discounts). The default does nothing.
 * Implementations must answer within their own timeout and return null to keep portal prices.
 */
export const ERP_CART_PRICER = "b2bErpCartPricer"

export type ErpCartLine = {
  variant_id: string
  quantity: number
  amount: string
  currency_code: string
}
export type ErpCartPricer = {
  detailCartPrices(input: {
    legal_entity_id: string | null
    lines: ErpCartLine[]
  }): Promise<Record<string, string> | null>
}

export const noopErpCartPricer: ErpCartPricer = { detailCartPrices: async () => null }

/** The registered implementation; else the 1C one when ONE_C_PRICING_URL is set; else the no-op. */
export function erpCartPricer(container: MedusaContainer): ErpCartPricer {
  try {
    return container.resolve<ErpCartPricer>(ERP_CART_PRICER)
  } catch {
    if (pluginOptions().oneC.pricingUrl) {
      // required lazily: the pricing layer does not depend on the connector unless it is configured
      const { oneCErpPricer } =
        require("../../one-c/utils/erp-pricer") as typeof import("../../one-c/utils/erp-pricer")
      return oneCErpPricer(container)
    }
    return noopErpCartPricer
  }
}
