import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
  updateCartWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { repriceCartWorkflow } from "../../pricing-contract"
import { placeB2BOrderWorkflow } from "../workflows/place-b2b-order"
import { chooseShippingOptionStep } from "../steps/choose-shipping-option"
import { prepareOneClickStep } from "../steps/prepare-one-click"

export type OneClickInput = {
  cart_id: string
  /** Acting counterparty (null: a guest's cart, placed at catalog prices without company defaults). */
  legal_entity_id: string | null
  customer_id: string | null
  region_code: string | null
  /** The "on account" payment provider (portalSettings().onAccountProviderId). */
  provider_id: string
  /** Contract pricing context of the acting counterparty; the cart is re-priced strictly before placing. */
  pricing_context: PricingContext | null
}

/**
 * Completion of a guest's one-click cart: Medusa's completeCartWorkflow (order.placed runs the
 * documents and 1C push as usual). Company carts go through placeB2BOrderWorkflow instead.
 */
export const completeOneClickCart = (cart_id: WorkflowData<string> | string) =>
  completeCartWorkflow.runAsStep({ input: { id: cart_id as string } })

/**
 * Fills what a cart lacks from the company defaults and places it: checkout details and shipping
 * address (default address of the book, or the legal address), the cheapest available shipping
 * option, a payment collection with an "on account" session, then completion. Every write is a
 * Medusa workflow run as a step, so a refusal at completion (credit, stock) rolls the cart back.
 * Composition helper shared by the workflows below (each calls it once).
 */
export function placeInOneClick(input: WorkflowData<OneClickInput> | OneClickInput) {
  const state = prepareOneClickStep(
    transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      legal_entity_id: input.legal_entity_id,
      customer_id: input.customer_id,
      region_code: input.region_code,
      provider_id: input.provider_id,
    }))
  )
  when("one-click-reprice", { input }, ({ input }) => !!input.pricing_context).then(() => {
    repriceCartWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        context: input.pricing_context!,
        strict: true,
      })),
    })
  })
  when("one-click-defaults", { state }, ({ state }) => !!state.update).then(() => {
    updateCartWorkflow.runAsStep({ input: transform({ state }, ({ state }) => state.update!) })
  })
  const options = when(
    "one-click-shipping-options",
    { state },
    ({ state }) => !state.has_shipping_method
  ).then(() =>
    listShippingOptionsForCartWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id })),
    })
  )
  const chosen = chooseShippingOptionStep(
    transform({ state, options }, ({ state, options }) => ({
      state,
      // cast to any: Medusa's shipping option data is typed as its own DTO, not a plain record
      options: (options ?? null) as any,
    }))
  )
  when("one-click-shipping-method", { chosen }, ({ chosen }) => !!chosen?.length).then(() => {
    addShippingMethodToCartWorkflow.runAsStep({
      input: transform({ input, chosen }, ({ input, chosen }) => ({
        cart_id: input.cart_id,
        options: chosen.map((c) => ({ id: c.id })),
      })),
    })
  })
  when("one-click-payment-collection", { state }, ({ state }) => !state.payment_collection_id).then(
    () => {
      createPaymentCollectionForCartWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id })),
      })
    }
  )
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "payment_collection.id"],
    filters: transform({ input }, ({ input }) => ({ id: input.cart_id })),
    options: { throwIfKeyNotFound: true },
  }).config({ name: "one-click-read-payment-collection" })
  createPaymentSessionsWorkflow.runAsStep({
    input: transform({ carts, input }, ({ carts, input }) => ({
      // cast to any: query.graph/module results are typed without the relations and raw fields requested here
      payment_collection_id: (carts[0] as any).payment_collection.id as string,
      provider_id: input.provider_id,
    })),
  })
  // a company cart is placed like any B2B cart (split by seller organization and availability);
  // a guest's cart has no counterparty to split for and is completed as it is
  const placed = when(
    "one-click-company-placement",
    { input },
    ({ input }) => !!input.legal_entity_id && !!input.customer_id
  ).then(() =>
    placeB2BOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        customer_id: input.customer_id!,
        legal_entity_id: input.legal_entity_id!,
        region_code: input.region_code,
      })),
    })
  )
  const guest = when(
    "one-click-guest-completion",
    { input },
    ({ input }) => !input.legal_entity_id || !input.customer_id
  ).then(() => completeOneClickCart(transform({ input }, ({ input }) => input.cart_id)))
  return transform({ placed, guest, chosen, input }, ({ placed, guest, chosen, input }) => {
    const ids = placed
      ? (placed as { orders: { id: string }[] }).orders.map((o) => o.id)
      : [(guest as { id: string }).id]
    return {
      order_id: ids[0],
      order_ids: ids,
      cart_id: input.cart_id,
      shipping_options: chosen ?? [],
    }
  })
}
