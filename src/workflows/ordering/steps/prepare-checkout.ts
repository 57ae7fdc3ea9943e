import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { CreateAddressDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export type CheckoutDetailsInput = {
  address_id?: string | null
  consignee?: { name: string; inn?: string | null; kpp?: string | null } | null
  delivery_method: "delivery" | "pickup"
  pickup_location_id?: string | null
  requested_date?: string | null
  time_window?: string | null
  comment?: string | null
  po_number?: string | null
  /** Requested shipment date of pre-order lines (order split). */
  preorder_date?: string | null
}

export type CheckoutInput = {
  cart_id: string
  legal_entity_id: string
  customer_id: string
  /** The counterparty's sales region as pricing sees it (null: unknown, any warehouse will do). */
  region_code: string | null
  details: CheckoutDetailsInput
}

/** What a cart (and then its order) keeps in metadata.b2b_checkout: the choice and a copy of what was chosen. */
export type B2bCheckout = {
  delivery_method: "delivery" | "pickup"
  address_id: string | null
  address: Record<string, string | null> | null
  consignee: { name: string; inn: string | null; kpp: string | null } | null
  pickup_location_id: string | null
  pickup_location: {
    id: string
    name: string
    address: string | null
    region_code: string | null
  } | null
  requested_date: string | null
  time_window: string | null
  comment: string | null
  po_number: string | null
  preorder_date?: string | null
  region_code: string | null
  updated_at: string
  updated_by_customer_id: string
}

const invalid = (msg: string) => new MedusaError(MedusaError.Types.INVALID_DATA, msg)

/**
 * Checks the checkout details against the acting counterparty (the address is from its book, the
 * pickup warehouse is in its sales region) and prepares the cart update: metadata.b2b_checkout and,
 * when an address is chosen, the shipping address. Writes nothing.
 */
export const prepareCheckoutStep = createStep(
  "b2b-prepare-checkout",
  async (input: CheckoutInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "metadata",
        "completed_at",
        "region.countries.iso_2",
        "shipping_address.id",
        "shipping_address.address_1",
      ],
      filters: { id: input.cart_id },
    })
    const cart = carts[0] as
      | {
          id: string
          metadata: Record<string, unknown> | null
          completed_at: string | null
          region?: { countries?: { iso_2: string }[] } | null
          shipping_address?: { address_1?: string | null } | null
        }
      | undefined
    if (!cart)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart with id ${input.cart_id} was not found`
      )
    if (cart.completed_at)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${input.cart_id} is already completed`
      )
    const d = input.details
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)

    let address: Awaited<ReturnType<CompanyModuleService["listB2bAddresses"]>>[number] | null = null
    if (d.address_id) {
      ;[address] = await company.listB2bAddresses({
        id: d.address_id,
        legal_entity_id: input.legal_entity_id,
      })
      if (!address)
        throw invalid(`address_id: address ${d.address_id} is not in your company's address book`)
    } else if (d.delivery_method === "delivery" && !cart.shipping_address?.address_1) {
      ;[address] = await company.listB2bAddresses({
        legal_entity_id: input.legal_entity_id,
        is_default: true,
      })
      if (!address)
        throw invalid(
          "address_id: choose a delivery address from the address book (there is no default one)"
        )
    }

    let pickup: B2bCheckout["pickup_location"] = null
    if (d.delivery_method === "pickup") {
      const [loc] = await container
        .resolve(Modules.STOCK_LOCATION)
        .listStockLocations({ id: d.pickup_location_id! }, { relations: ["address"] })
      if (!loc) throw invalid(`pickup_location_id: warehouse ${d.pickup_location_id} was not found`)
      const locRegion =
        ((loc.metadata as Record<string, unknown> | null)?.region_code as string | undefined) ??
        null
      if (input.region_code && locRegion !== input.region_code) {
        throw invalid(
          `pickup_location_id: warehouse «${loc.name}» is ${locRegion ? `in sales region ${locRegion}` : "not in any sales region"}, not in your region ${input.region_code}; choose a warehouse of region ${input.region_code}`
        )
      }
      const a = loc.address as {
        postal_code?: string | null
        city?: string | null
        address_1?: string | null
      } | null
      pickup = {
        id: loc.id,
        name: loc.name,
        address: a ? [a.postal_code, a.city, a.address_1].filter(Boolean).join(", ") || null : null,
        region_code: locRegion,
      }
    }

    const consignee = d.consignee
      ? { name: d.consignee.name, inn: d.consignee.inn ?? null, kpp: d.consignee.kpp ?? null }
      : address?.consignee_name
        ? {
            name: address.consignee_name,
            inn: address.consignee_inn ?? null,
            kpp: address.consignee_kpp ?? null,
          }
        : null

    const checkout: B2bCheckout = {
      delivery_method: d.delivery_method,
      address_id: address?.id ?? null,
      address: address
        ? {
            label: address.label ?? null,
            address: address.address,
            postal_code: address.postal_code ?? null,
            region_code: address.region_code ?? null,
            contact_name: address.contact_name ?? null,
            phone: address.phone ?? null,
            email: address.email ?? null,
            comment: address.comment ?? null,
            one_c_id: address.one_c_id ?? null,
          }
        : null,
      consignee,
      pickup_location_id: pickup?.id ?? null,
      pickup_location: pickup,
      requested_date: d.requested_date ?? null,
      time_window: d.time_window ?? null,
      comment: d.comment ?? null,
      po_number: d.po_number ?? null,
      ...(d.preorder_date ? { preorder_date: d.preorder_date } : {}),
      region_code: input.region_code,
      updated_at: new Date().toISOString(),
      updated_by_customer_id: input.customer_id,
    }

    const countries = (cart.region?.countries ?? []).map((c) => c.iso_2)
    // a new address object on the cart (as Medusa's own cart update does), absent parts left out
    const shipping_address: CreateAddressDTO | null = address
      ? {
          company: consignee?.name ?? undefined,
          first_name: address.contact_name ?? undefined,
          address_1: address.address,
          postal_code: address.postal_code ?? undefined,
          phone: address.phone ?? undefined,
          ...(countries.includes("ru") ? { country_code: "ru" } : {}),
          metadata: {
            b2b_address_id: address.id,
            consignee_inn: consignee?.inn ?? null,
            consignee_kpp: consignee?.kpp ?? null,
            email: address.email ?? null,
          },
        }
      : null

    return new StepResponse({
      checkout,
      metadata: { ...(cart.metadata ?? {}), b2b_checkout: checkout },
      shipping_address,
    })
  }
)
