import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { type OrderLineInput } from "../utils/guest-orders"
import { prepareBuyNowStep } from "../steps/prepare-buy-now"
import { placeInOneClick } from "../utils/one-click"
import { createB2bConsentsStep } from "../../company/steps/create-b2b-consents"

/** What a guest order keeps in metadata.b2b_guest (the contact a manager calls back). */
export type GuestContact = {
  phone: string
  email: string
  name: string | null
  company_name: string | null
  inn: string | null
  comment: string | null
  ip: string | null
}

export type GuestOrderInput = {
  items: OrderLineInput[]
  contact: GuestContact
  /** consent to personal-data processing given on the form (152-FZ): recorded with the order */
  consent: { text_version: string; ip?: string | null; user_agent?: string | null }
  sales_channel_id: string | null
  provider_id: string
}

/**
 * A guest's one-click order: a new cart without a customer account or counterparty (so no company
 * prices, no credit check, no counterparty link), catalog prices, the guest's e-mail and phone, the
 * contact in cart metadata (Medusa copies it into the order), then the same one-click path:
 * cheapest shipping option, "on account" payment session, completion.
 */
export const guestOrderWorkflow = createWorkflow(
  "ordering-guest-one-click-order",
  (input: GuestOrderInput) => {
    const prepared = prepareBuyNowStep(
      transform({ input }, ({ input }) => ({
        items: input.items,
        region_id: null,
        sales_channel_id: input.sales_channel_id,
      }))
    )
    // the guest's consent is recorded before the contact is stored (rolled back if the order fails)
    createB2bConsentsStep(
      transform({ input }, ({ input }) => [
        {
          subject_email: input.contact.email,
          form: "guest_one_click",
          text_version: input.consent.text_version,
          ip: input.consent.ip ?? null,
          user_agent: input.consent.user_agent ?? null,
        },
      ])
    )
    const cart = createCartWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        region_id: prepared.region_id,
        sales_channel_id: prepared.sales_channel_id ?? undefined,
        email: input.contact.email,
        items: prepared.items,
        shipping_address: {
          first_name: input.contact.name ?? undefined,
          company: input.contact.company_name ?? undefined,
          phone: input.contact.phone,
          ...(prepared.ships_to_russia ? { country_code: "ru" } : {}),
        },
        metadata: { b2b_guest: input.contact },
      })),
    })
    const placed = placeInOneClick(
      transform({ input, cart }, ({ input, cart }) => ({
        cart_id: (cart as { id: string }).id,
        legal_entity_id: null,
        customer_id: null,
        region_code: null,
        provider_id: input.provider_id,
        pricing_context: null,
      }))
    )
    return new WorkflowResponse(placed)
  }
)
