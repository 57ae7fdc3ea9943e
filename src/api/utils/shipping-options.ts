import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * POST /store/shipping-options/:id/calculate: Medusa runs the provider's price calculation for any option
 * and answers 500 when the option has a flat price (the manual provider cannot calculate) or does not
 * exist. Unknown options are 404, flat ones 400 (their amount comes with GET /store/shipping-options).
 */
export async function calculableShippingOption(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "price_type"],
      filters: { id: req.params.id },
    })
    const option = data[0] as { id: string; price_type: string } | undefined
    if (!option)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Shipping option with id ${req.params.id} was not found`
      )
    if (option.price_type !== "calculated") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Shipping option ${option.id} has a flat price: its amount comes with GET /store/shipping-options, there is nothing to calculate`
      )
    }
    next()
  } catch (e) {
    next(e)
  }
}
