import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  upsertTaxLinesWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { addContractLinesStep } from "../steps/add-contract-lines"
import { assertOrderableLinesStep } from "../steps/assert-orderable-lines"
import { applyCartItemPricesStep } from "../steps/apply-cart-item-prices"
import { markCartPricedStep } from "../steps/mark-cart-priced"
import { priceCartItemsStep } from "../steps/price-cart-items"
import { type PresolvedPrices } from "../utils/cart-prices"
import { grossUpExclusiveLinesStep } from "../steps/gross-up-exclusive-lines"
import { refreshContractCartWorkflow } from "./refresh-contract-cart"

/**
 * What the tax lines of a bulk add read of the cart: the tax context (as upsertTaxLinesWorkflow
 * reads it, minus the lines: only the lines touched get tax lines).
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
]

/**
 * Adds lines at the counterparty's contract prices: one add from the catalog (Medusa's add-to-cart
 * route, `single`) and the bulk path (quick order, saved carts, repeat orders: hundreds of lines in
 * one request). The lines are Medusa's (contract price as custom price, provenance in metadata, MOQ
 * and pack multiples checked), without what costs per line and is not needed here: Medusa's
 * catalog pricing of every variant (the contract engine prices them), its inventory confirmation
 * (fillCart checked stock for the cart's sales channel), and two full reads of the cart for the
 * refresh. Under the cart lock: price the cart once (reusing the caller's resolved prices when the
 * quantities still match), re-price the lines already there, insert the new lines and raise the
 * quantities of the merged ones with one call each; then tax lines and the gross-up for the lines
 * touched, and refreshContractCartWorkflow (shipping methods, promotions, payment collection, each
 * only when the cart has them).
 */
export type ContractItemsInput = {
  cart_id: string
  context: PricingContext
  items: { variant_id: string; quantity: number; metadata?: Record<string, unknown> }[]
}

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
    upsertTaxLinesWorkflow.runAsStep({
      input: transform({ cart, added }, ({ cart, added }) => ({
        cart: cart,
        items: added.items as any[], // why: line DTOs as upsertTaxLinesWorkflow takes them (its input type is narrower)
        shipping_methods: [],
      })),
    })
    // VAT-exclusive lines carried tax-inclusive at gross / quantity: the lines added or merged and
    // those priced again (all of them on a full pass); the refresh below follows a changed total
    grossUpExclusiveLinesStep(
      transform({ input, priced, added }, ({ input, priced, added }) => ({
        cart_id: input.cart_id,
        item_ids: [
          ...new Set([
            ...priced.existing.map((l) => l.id),
            ...(added.items as { id: string }[]).map((l) => l.id),
          ]),
        ],
      }))
    )
    refreshContractCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
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
