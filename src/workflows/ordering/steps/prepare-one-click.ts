import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import type { B2bCheckout } from "./prepare-checkout"
import { OneClickState, invalid } from "../utils/one-click-shared"

export type OneClickStateInput = {
  cart_id: string
  /** The acting counterparty (null for a guest's cart: no address book, no defaults). */
  legal_entity_id: string | null
  customer_id: string | null
  region_code: string | null
  provider_id: string
}

type CartRow = {
  id: string
  completed_at: string | null
  metadata: Record<string, unknown> | null
  region?: {
    id: string
    name: string
    countries?: { iso_2: string }[]
    payment_providers?: { id: string }[]
  } | null
  items?: {
    id: string
    requires_shipping?: boolean | null
    variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null
  }[]
  shipping_methods?: { id: string }[]
  shipping_address?: { address_1?: string | null } | null
  payment_collection?: { id: string } | null
}

/**
 * Checks a cart can be placed in one click and works out what is missing, from the company
 * defaults: the checkout details (kept if already chosen), else the default address of the book,
 * else its only delivery address, else the counterparty's legal address; whether a delivery method
 * must be chosen; whether a payment collection exists. The on-account provider must be enabled in
 * the cart's region. Writes nothing.
 */
export const prepareOneClickStep = createStep(
  "b2b-one-click-prepare",
  async (input: OneClickStateInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "completed_at",
        "metadata",
        "region.id",
        "region.name",
        "region.countries.iso_2",
        "region.payment_providers.id",
        "items.id",
        "items.requires_shipping",
        "items.variant.product.shipping_profile.id",
        "shipping_methods.id",
        "shipping_address.address_1",
        "payment_collection.id",
      ],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as CartRow | undefined
    if (!cart)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart with id ${input.cart_id} was not found`
      )
    if (cart.completed_at)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `cart: cart ${input.cart_id} is already completed`
      )
    if (!cart.items?.length) throw invalid("cart: the cart is empty: add products first")
    const providers = (cart.region?.payment_providers ?? []).map((p) => p.id)
    if (!providers.includes(input.provider_id)) {
      throw invalid(
        `payment: the on-account payment provider ${input.provider_id} is not enabled in region «${cart.region?.name ?? "?"}» (B2B_ON_ACCOUNT_PROVIDER)`
      )
    }

    const existing = (cart.metadata?.b2b_checkout ?? null) as B2bCheckout | null
    let update: OneClickState["update"] = null
    let delivery_method: "delivery" | "pickup" = existing?.delivery_method ?? "delivery"
    const hasAddress = !!cart.shipping_address?.address_1
    if (input.legal_entity_id && !existing && !hasAddress) {
      const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
      const book = await company.listB2bAddresses(
        { legal_entity_id: input.legal_entity_id },
        { take: 500 }
      )
      const delivery = book.filter((a) => a.kind !== "pickup_contact")
      const address =
        delivery.find((a) => a.is_default) ??
        (delivery.filter((a) => a.kind === "delivery").length === 1
          ? delivery.find((a) => a.kind === "delivery")
          : undefined)
      let line: {
        address: string
        postal_code: string | null
        contact_name: string | null
        phone: string | null
        email: string | null
      } | null = null
      let consignee: B2bCheckout["consignee"] = null
      let source: "address_book" | "legal_address"
      if (address) {
        line = {
          address: address.address,
          postal_code: address.postal_code ?? null,
          contact_name: address.contact_name ?? null,
          phone: address.phone ?? null,
          email: address.email ?? null,
        }
        consignee = address.consignee_name
          ? {
              name: address.consignee_name,
              inn: address.consignee_inn ?? null,
              kpp: address.consignee_kpp ?? null,
            }
          : null
        source = "address_book"
      } else {
        if (delivery.length > 1) {
          throw invalid(
            "address: several addresses in the address book and none is the default: mark one as default or choose one at checkout"
          )
        }
        const [le] = await company.listB2bLegalEntities(
          { id: input.legal_entity_id },
          {
            take: 1,
          }
        )
        const legal = (le?.actual_address || le?.legal_address || "").trim()
        if (!legal)
          throw invalid("address: no address in the address book: add one or choose pickup")
        line = {
          address: legal,
          postal_code: null,
          contact_name: null,
          phone: le?.phone ?? null,
          email: le?.email ?? null,
        }
        source = "legal_address"
      }
      delivery_method = "delivery"
      const checkout: B2bCheckout & { source: string } = {
        delivery_method: "delivery",
        address_id: address?.id ?? null,
        address: {
          label: address?.label ?? null,
          address: line.address,
          postal_code: line.postal_code,
          region_code: address?.region_code ?? null,
          contact_name: line.contact_name,
          phone: line.phone,
          email: line.email,
          comment: address?.comment ?? null,
          one_c_id: address?.one_c_id ?? null,
        },
        consignee,
        pickup_location_id: null,
        pickup_location: null,
        requested_date: null,
        time_window: null,
        comment: null,
        po_number: null,
        region_code: input.region_code,
        updated_at: new Date().toISOString(),
        updated_by_customer_id: input.customer_id ?? "",
        source: `one_click:${source}`,
      }
      const countries = (cart.region?.countries ?? []).map((c) => c.iso_2)
      update = {
        id: cart.id,
        metadata: { ...(cart.metadata ?? {}), b2b_checkout: checkout },
        shipping_address: {
          company: consignee?.name ?? undefined,
          first_name: line.contact_name ?? undefined,
          address_1: line.address,
          postal_code: line.postal_code ?? undefined,
          phone: line.phone ?? undefined,
          ...(countries.includes("ru") ? { country_code: "ru" } : {}),
          metadata: {
            b2b_address_id: address?.id ?? null,
            consignee_inn: consignee?.inn ?? null,
            consignee_kpp: consignee?.kpp ?? null,
            email: line.email,
          },
        },
      }
    }

    const state: OneClickState = {
      cart_id: cart.id,
      update,
      delivery_method,
      has_shipping_method: !!cart.shipping_methods?.length,
      requires_shipping: (cart.items ?? []).some((i) => i.requires_shipping !== false),
      shipping_profile_ids: [
        ...new Set(
          (cart.items ?? [])
            .filter((i) => i.requires_shipping !== false)
            .map((i) => i.variant?.product?.shipping_profile?.id)
            .filter((x): x is string => !!x)
        ),
      ],
      payment_collection_id: cart.payment_collection?.id ?? null,
      provider_id: input.provider_id,
    }
    return new StepResponse(state)
  }
)
