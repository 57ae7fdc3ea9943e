import {
  refreshCartShippingMethodsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  updateCartPromotionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PromotionActions } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { promotionRefreshNeededStep } from "../steps/promotion-refresh-needed"

/**
 * What Medusa's cart refresh does after a line's quantity changed or a line was removed, limited to
 * what applies: shipping methods and the payment collection when the cart has them, promotions when
 * it has codes or adjustments or an automatic promotion is active. Tax lines stay (a line's rate does
 * not depend on its quantity); the lines' prices are the contract engine's (already written).
 */
export const refreshContractCartWorkflow = createWorkflow(
  "pricing-refresh-contract-cart",
  (input: { cart_id: string }) => {
    const { data: cart } = useQueryGraphStep({
      entity: "cart",
      fields: [
        "id",
        "shipping_methods.id",
        "payment_collection.id",
        "promotions.code",
        "items.adjustments.id",
      ],
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true, isList: false },
    }).config({ name: "pricing-refresh-read-cart" })
    when("pricing-refresh-shipping", { cart }, ({ cart }) => !!cart.shipping_methods?.length).then(
      () => {
        refreshCartShippingMethodsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
      }
    )
    const promotions = promotionRefreshNeededStep({ cart: cart })
    when("pricing-refresh-promotions", { promotions }, ({ promotions }) => !!promotions).then(
      () => {
        updateCartPromotionsWorkflow.runAsStep({
          input: transform({ input, cart }, ({ input, cart }) => ({
            cart_id: input.cart_id,
            promo_codes: (cart.promotions ?? [])
              .map((p: any) => p?.code)
              .filter(Boolean) as string[],
            action: PromotionActions.REPLACE,
            force_refresh_payment_collection: false,
          })),
        })
      }
    )
    when("pricing-refresh-payment", { cart }, ({ cart }) => !!cart.payment_collection).then(() => {
      refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    })
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
