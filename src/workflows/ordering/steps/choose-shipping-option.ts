import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import { OneClickState, invalid } from "../utils/one-click-shared"

type ListedOption = {
  id: string
  name: string
  shipping_profile_id?: string | null
  amount?: unknown
  insufficient_inventory?: boolean
  service_zone?: { fulfillment_set?: { type?: string | null } | null } | null
}

const amountOf = (a: unknown): Decimal | null => {
  if (a === null || a === undefined) return null
  const v =
    typeof a === "object"
      ? ((a as { numeric?: unknown; value?: unknown }).value ??
        (a as { numeric?: unknown }).numeric)
      : a
  try {
    return new Decimal(String(v))
  } catch {
    return null
  }
}

/**
 * The cheapest priced shipping option Medusa offers for the cart (of a warehouse that has all its
 * lines when there is one), one per shipping profile of the
 * lines that ship (pickup options when the checkout says pickup, delivery ones otherwise, falling
 * back to any); nothing when the cart already has a shipping method. A cart that needs shipping
 * and has no option for some profile is refused with a message.
 */
export const chooseShippingOptionStep = createStep(
  "b2b-one-click-choose-shipping",
  async (input: { state: OneClickState; options: ListedOption[] | undefined | null }) => {
    const { state } = input
    const none = () => new StepResponse<{ id: string; name: string }[]>([])
    if (state.has_shipping_method || !state.requires_shipping) return none()
    const withAmount = (input.options ?? [])
      .map((o) => ({ o, amount: amountOf(o.amount) }))
      .filter((x): x is { o: ListedOption; amount: Decimal } => x.amount !== null)
    // an option of a warehouse that has all the lines is preferred; when none has them all (lines
    // stocked at different warehouses) any option will do: the placement splits the cart and gives
    // each part the delivery method of its own warehouse (assignSplitShippingStep)
    const preferStocked = (pool: typeof withAmount) => {
      const stocked = pool.filter((x) => !x.o.insufficient_inventory)
      return stocked.length ? stocked : pool
    }
    const isPickup = (o: ListedOption) => o.service_zone?.fulfillment_set?.type === "pickup"
    const cheapestOf = (pool: typeof withAmount) => {
      const preferred = pool.filter((x) => isPickup(x.o) === (state.delivery_method === "pickup"))
      return [...(preferred.length ? preferred : pool)].sort(
        (a, b) => a.amount.comparedTo(b.amount) || a.o.name.localeCompare(b.o.name)
      )[0]
    }
    const profiles = state.shipping_profile_ids.length ? state.shipping_profile_ids : [null]
    const chosen: { id: string; name: string }[] = []
    for (const profile of profiles) {
      const best = cheapestOf(
        preferStocked(
          profile ? withAmount.filter((x) => x.o.shipping_profile_id === profile) : withAmount
        )
      )
      if (!best) {
        throw invalid(
          "shipping: no delivery method is available for this cart and address: choose another address or pickup, or ask your manager"
        )
      }
      chosen.push({ id: best.o.id, name: best.o.name })
    }
    return new StepResponse(chosen)
  }
)
