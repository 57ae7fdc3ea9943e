import {
  acquireLockStep,
  emitEventStep,
  refreshCartShippingMethodsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  updateCartPromotionsWorkflow,
  upsertTaxLinesWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CartWorkflowEvents, PromotionActions } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { addContractLinesStep } from "../steps/add-contract-lines"
import { assertOrderableLinesStep } from "../steps/assert-orderable-lines"
import { promotionRefreshNeededStep } from "../steps/promotion-refresh-needed"
import { applyCartItemPricesStep } from "../steps/apply-cart-item-prices"
import { markCartPricedStep } from "../steps/mark-cart-priced"
import { priceCartItemsStep } from "../steps/price-cart-items"
import { type PresolvedPrices } from "../utils/cart-prices"
import { grossUpExclusiveLinesStep } from "../steps/gross-up-exclusive-lines"
import { type ContractItemsInput } from "./add-contract-priced-items"

/**
 * What the refresh after a bulk add reads of the cart: the tax context (as upsertTaxLinesWorkflow
 * reads it, minus the lines: only the lines touched get tax lines), and whether the cart has
 * shipping methods, a payment collection, promotions or adjustments to bring up to date.
 */
const bulkRefreshCartFields = [
  "id",
  "currency_code",
  "email",
  "locale",
  "completed_at",
  "region.id",
  "region.automatic_taxes",
  "customer.id",
  "customer.email",
  "customer.metadata",
  "customer.groups.id",
  "shipping_address.id",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_address.region_code",
  "shipping_address.province",
  "shipping_address.metadata",
  "shipping_methods.id",
  "payment_collection.id",
  "promotions.code",
  "items.adjustments.id",
]

/**
 * The bulk path (quick order, saved carts, repeat orders: hundreds of lines in one request). Same
 * lines as addContractPricedItemsWorkflow (contract price as custom price, provenance in metadata,
 * MOQ and pack multiples checked), without what costs per line and is not needed here: Medusa's
 * catalog pricing of every variant (the contract engine prices them), its inventory confirmation
 * (fillCart checked stock for the cart's sales channel), and two full reads of the cart for the
 * refresh. Under the cart lock: price the cart once (reusing the caller's resolved prices when the
 * quantities still match), re-price the lines already there, insert the new lines and raise the
 * quantities of the merged ones with one call each; then the parts of Medusa's cart refresh that
 * apply: tax lines for the lines touched, shipping methods and payment collection when the cart has
 * them, promotions when it has codes or adjustments or an automatic promotion is active.
 */
export const addContractPricedLinesWorkflow = createWorkflow(
  "pricing-add-contract-priced-lines",
  (
    input: ContractItemsInput & {
      presolved?: PresolvedPrices
      /** One add from the catalog (Medusa's add-to-cart route): stock checked here, only the variants added priced. */
      single?: boolean
    }
  ) => {
    acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 60 })
    assertOrderableLinesStep({
      cart_id: input.cart_id,
      items: input.items,
      check_stock: input.single,
    })
    const priced = priceCartItemsStep(
      transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        context: input.context,
        items: input.items,
        presolved: input.presolved,
        incremental: input.single ? [] : undefined,
      }))
    )
    applyCartItemPricesStep(priced)
    const added = addContractLinesStep(
      transform({ input, priced }, ({ input, priced }) => ({
        cart_id: input.cart_id,
        items: input.items,
        prices: priced.prices,
      }))
    )
    const { data: cart } = useQueryGraphStep({
      entity: "cart",
      fields: bulkRefreshCartFields,
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true, isList: false },
    }).config({ name: "pricing-bulk-refetch-cart" })
    when(
      "pricing-bulk-refresh-shipping",
      { cart },
      ({ cart }) => !!cart.shipping_methods?.length
    ).then(() => {
      refreshCartShippingMethodsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    })
    upsertTaxLinesWorkflow.runAsStep({
      input: transform({ cart, added }, ({ cart, added }) => ({
        cart: cart,
        items: added.items as any[], // why: line DTOs as upsertTaxLinesWorkflow takes them (its input type is narrower)
        shipping_methods: [],
      })),
    })
    // VAT-exclusive lines carried tax-inclusive at gross / quantity; the payment refresh below follows
    grossUpExclusiveLinesStep({ cart_id: input.cart_id })
    const promotions = promotionRefreshNeededStep({ cart: cart })
    when("pricing-bulk-refresh-promotions", { promotions }, ({ promotions }) => !!promotions).then(
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
    when("pricing-bulk-refresh-payment", { cart }, ({ cart }) => !!cart.payment_collection).then(
      () => {
        refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
      }
    )
    markCartPricedStep(
      transform({ input, priced }, ({ input, priced }) => ({
        cart_id: input.cart_id,
        version: priced.version,
      }))
    )
    emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
