import type { CreateShippingMethodDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import Decimal from "decimal.js"
import type { Placement } from "../utils/place-order"
import { ensurePaymentSession } from "../utils/split-carts"

type ListedOption = {
  id: string
  name: string
  data?: Record<string, unknown> | null
  shipping_profile_id?: string | null
  amount?: unknown
  is_tax_inclusive?: boolean
  service_zone?: {
    fulfillment_set?: { type?: string | null; location?: { id?: string | null } | null } | null
  } | null
}

type CartRow = {
  id: string
  metadata: { b2b_checkout?: { delivery_method?: string } } | null
  items?: {
    requires_shipping?: boolean | null
    variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null
  }[]
  shipping_methods?: MethodRow[]
  payment_collection?: { payment_sessions?: { provider_id: string }[] } | null
}

type MethodRow = {
  id: string
  shipping_option_id?: string | null
  tax_lines?: {
    code: string
    rate: number
    description?: string | null
    tax_rate_id?: string | null
    provider_id?: string | null
  }[]
}

/** What the step changed on the placement's own cart (its siblings are deleted by prepareSplitCartsStep's undo). */
type Compensation = {
  cart_id: string
  removed: string[]
  added: string[]
} | null

const amountOf = (a: unknown): Decimal | null => {
  if (a === null || a === undefined) return null
  const v =
    typeof a === "object"
      ? ((a as { value?: unknown; numeric?: unknown }).value ??
        (a as { numeric?: unknown }).numeric)
      : a
  try {
    return new Decimal(String(v))
  } catch {
    return null
  }
}

const invalid = (m: string) => new MedusaError(MedusaError.Types.INVALID_DATA, m)

/**
 * One delivery method per warehouse an order ships from (PlannedOrder.shipping_location_ids): each
 * split cart gets, for every such warehouse and shipping profile of its lines, a shipping option of
 * that warehouse's own fulfillment set — the one already chosen when it is there, else the cheapest
 * of the checkout's kind (pickup / delivery), priced by Medusa for that cart. So each order of a
 * split pays its own warehouse's delivery. A warehouse without an option of the profile keeps the
 * cart's chosen method (as before), or the cheapest option anywhere. A cart without any delivery
 * method is left alone (completion refuses it as Medusa does). Compensation restores the cart's own
 * methods.
 */
export const assignSplitShippingStep = createStep(
  "ordering-assign-split-shipping",
  async (input: { placement: Placement; cart_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cartModule = container.resolve(Modules.CART)
    let comp: Compensation = null
    try {
      for (const [n, cartId] of input.cart_ids.entries()) {
        const planned = input.placement.orders[n]
        if (!planned?.shipping_location_ids.length) continue
        const { data } = await query.graph({
          entity: "cart",
          fields: [
            "id",
            "metadata",
            "items.requires_shipping",
            "items.variant.product.shipping_profile.id",
            "shipping_methods.id",
            "shipping_methods.shipping_option_id",
            "shipping_methods.tax_lines.*",
            "payment_collection.payment_sessions.provider_id",
          ],
          filters: { id: cartId },
        })
        const cart = data[0] as unknown as CartRow | undefined
        if (!cart) continue
        const current = (cart?.shipping_methods ?? []) as MethodRow[]
        if (!current.length) continue
        const profiles = [
          ...new Set(
            (cart?.items ?? [])
              .filter((i) => i.requires_shipping !== false)
              .map((i) => i.variant?.product?.shipping_profile?.id)
              .filter((x): x is string => !!x)
          ),
        ]
        if (!profiles.length) continue
        const { result } = await listShippingOptionsForCartWorkflow(container).run({
          input: { cart_id: cartId },
        })
        const priced = (result as unknown as ListedOption[])
          .map((o) => ({ o, amount: amountOf(o.amount) }))
          .filter((x): x is { o: ListedOption; amount: Decimal } => x.amount !== null)
        const pickup = cart.metadata?.b2b_checkout?.delivery_method === "pickup"
        const currentIds = current.map((m) => m.shipping_option_id).filter(Boolean) as string[]
        const locationOf = (o: ListedOption) =>
          o.service_zone?.fulfillment_set?.location?.id ?? null
        const best = (pool: typeof priced) => {
          const kind = pool.filter(
            (x) => (x.o.service_zone?.fulfillment_set?.type === "pickup") === pickup
          )
          const ranked = [...(kind.length ? kind : pool)].sort(
            (a, b) => a.amount.comparedTo(b.amount) || a.o.name.localeCompare(b.o.name)
          )
          return ranked.find((x) => currentIds.includes(x.o.id)) ?? ranked[0]
        }
        const chosen: (typeof priced)[number][] = []
        for (const loc of planned.shipping_location_ids)
          for (const profile of profiles) {
            const ofProfile = priced.filter((x) => x.o.shipping_profile_id === profile)
            const pick =
              best(ofProfile.filter((x) => locationOf(x.o) === loc)) ??
              ofProfile.find((x) => currentIds.includes(x.o.id)) ??
              best(ofProfile)
            if (!pick)
              throw invalid(
                `shipping: no delivery method of warehouse ${loc} is available for the order of ${planned.kind ?? "these"} goods: choose another address or pickup, or ask your manager`
              )
            if (!chosen.some((c) => c.o.id === pick.o.id)) chosen.push(pick)
          }
        const same =
          chosen.length === currentIds.length && chosen.every((c) => currentIds.includes(c.o.id))
        if (same) continue
        const taxLines = (current[0].tax_lines ?? []).map((t) => ({
          code: t.code,
          rate: t.rate,
          description: t.description ?? undefined,
          tax_rate_id: t.tax_rate_id ?? undefined,
          provider_id: t.provider_id ?? undefined,
        }))
        await cartModule.softDeleteShippingMethods(current.map((m) => m.id))
        if (n === 0) comp = { cart_id: cartId, removed: current.map((m) => m.id), added: [] }
        const methods: CreateShippingMethodDTO[] = chosen.map((c) => ({
          cart_id: cartId,
          name: c.o.name,
          amount: c.amount.toString(),
          is_tax_inclusive: !!c.o.is_tax_inclusive,
          shipping_option_id: c.o.id,
          data: c.o.data ?? undefined,
          tax_lines: taxLines,
        }))
        const added = await cartModule.addShippingMethods(methods)
        if (n === 0 && comp) comp.added = added.map((m) => m.id)
        await ensurePaymentSession(
          container,
          cartId,
          cart.payment_collection?.payment_sessions?.[0]?.provider_id ?? null,
          true
        )
      }
    } catch (e) {
      await undo(container, comp)
      throw e
    }
    return new StepResponse(void 0, comp)
  },
  async (comp, { container }) => {
    await undo(container, comp ?? null)
  }
)

async function undo(container: { resolve: (k: string) => any }, comp: Compensation) {
  if (!comp) return
  const cartModule = container.resolve(Modules.CART)
  if (comp.added.length) await cartModule.deleteShippingMethods(comp.added)
  if (comp.removed.length) await cartModule.restoreShippingMethods(comp.removed)
}
