import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertOrderableQuantities } from "../utils/quantities"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import LegalEntityOrder from "../../../links/legal-entity-order"

const invalid = (msg: string) => new MedusaError(MedusaError.Types.INVALID_DATA, msg)

export type OrderLineInput = { variant_id?: string | null; sku?: string | null; quantity: number }

type VariantRow = {
  id: string
  sku: string | null
  title: string | null
  product?: {
    title?: string | null
    status?: string | null
    sales_channels?: { id: string }[]
  } | null
}

/**
 * Lines of a new one-click cart (buy now, or a guest's order): each line's variant by id or SKU,
 * published and sold in the caller's sales channel, in orderable quantities (MOQ, multiples); and
 * the region the cart is created in (given, else the store's default, else the Russian one, else
 * the only one). Lines of the same variant are merged. Writes nothing.
 */
export const prepareBuyNowStep = createStep(
  "b2b-one-click-prepare-lines",
  async (
    input: {
      items: OrderLineInput[]
      region_id: string | null
      sales_channel_id: string | null
      single?: boolean
    },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = input.items.map((i) => i.variant_id).filter((x): x is string => !!x)
    const skus = input.items.map((i) => i.sku).filter((x): x is string => !!x)
    const fields = [
      "id",
      "sku",
      "title",
      "product.title",
      "product.status",
      "product.sales_channels.id",
    ]
    const found: VariantRow[] = []
    if (ids.length)
      found.push(
        ...((await query.graph({ entity: "product_variant", fields, filters: { id: ids } }))
          .data as VariantRow[])
      )
    if (skus.length)
      found.push(
        ...((await query.graph({ entity: "product_variant", fields, filters: { sku: skus } }))
          .data as VariantRow[])
      )
    const byId = new Map(found.map((v) => [v.id, v]))
    const bySku = new Map(found.filter((v) => v.sku).map((v) => [v.sku!.toLowerCase(), v]))
    const merged = new Map<string, number>()
    input.items.forEach((line, i) => {
      const where = input.single ? "variant_id" : `items[${i}]`
      const v = line.variant_id
        ? byId.get(line.variant_id)
        : bySku.get(String(line.sku).toLowerCase())
      if (!v)
        throw invalid(
          line.variant_id
            ? `${where}: product variant ${line.variant_id} was not found`
            : `${where}: no product with SKU ${line.sku}`
        )
      const name = [v.product?.title, v.title].filter(Boolean).join(", ") || v.id
      const channels = (v.product?.sales_channels ?? []).map((s) => s.id)
      if (
        v.product?.status !== "published" ||
        (input.sales_channel_id && !channels.includes(input.sales_channel_id))
      ) {
        throw invalid(`${where}: «${name}» is not for sale here`)
      }
      merged.set(v.id, (merged.get(v.id) ?? 0) + line.quantity)
    })
    const items = [...merged].map(([variant_id, quantity]) => ({ variant_id, quantity }))
    await assertOrderableQuantities(container, items)

    const regions = container.resolve(Modules.REGION)
    let region_id = input.region_id
    if (region_id) {
      const [r] = await regions.listRegions({ id: region_id }, { take: 1 })
      if (!r) throw invalid(`region_id: region ${region_id} was not found`)
    } else {
      const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
      region_id =
        (store as { default_region_id?: string | null } | undefined)?.default_region_id ?? null
      if (!region_id) {
        const all = await regions.listRegions({}, { relations: ["countries"], take: 50 })
        const ru = all.find((r) => (r.countries ?? []).some((c) => c.iso_2 === "ru"))
        region_id = (ru ?? (all.length === 1 ? all[0] : undefined))?.id ?? null
      }
      if (!region_id) throw invalid("region_id: no default region is configured: name the region")
    }
    const [region] = await regions.listRegions(
      { id: region_id },
      { relations: ["countries"], take: 1 }
    )
    const ships_to_russia = (region?.countries ?? []).some((c) => c.iso_2 === "ru")
    return new StepResponse({
      items,
      region_id,
      sales_channel_id: input.sales_channel_id,
      ships_to_russia,
    })
  }
)

export type AttachGuestOrderInput = {
  order_id: string
  legal_entity_id: string
  customer_id: string | null
  user_id: string
}

/**
 * Checks a guest order may be attached: it is a guest order (metadata.b2b_guest), not yet linked
 * to a counterparty (409 otherwise), the counterparty exists, and the named customer is an active
 * employee of it. Returns what the update step writes and what it restores on compensation.
 */
export const validateAttachGuestOrderStep = createStep(
  "b2b-guest-order-validate-attach",
  async (input: AttachGuestOrderInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "metadata", "b2b_legal_entity.id"],
      filters: { id: input.order_id },
    })
    const order = data[0] as
      | {
          id: string
          customer_id: string | null
          metadata: Record<string, unknown> | null
          b2b_legal_entity?: { id: string } | null
        }
      | undefined
    if (!order || !order.metadata?.b2b_guest)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Guest order with id ${input.order_id} was not found`
      )
    if (order.b2b_legal_entity?.id || order.metadata?.b2b_guest_attached) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `order: guest order ${input.order_id} is already attached to a counterparty`
      )
    }
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [le] = await company.listB2bLegalEntities({ id: input.legal_entity_id } as any, {
      take: 1,
    })
    if (!le)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Legal entity with id ${input.legal_entity_id} was not found`
      )
    if (input.customer_id) {
      const [member] = await company.listB2bEmployees(
        { customer_id: input.customer_id, legal_entity_id: le.id, status: "active" } as any,
        { take: 1 }
      )
      if (!member)
        throw invalid(
          `customer_id: customer ${input.customer_id} is not an employee of «${le.name}»`
        )
    }
    return new StepResponse({
      order_id: order.id,
      legal_entity_id: le.id,
      legal_entity_name: le.name,
      previous: { customer_id: order.customer_id, metadata: order.metadata },
      next: {
        customer_id: input.customer_id ?? order.customer_id,
        metadata: {
          ...(order.metadata ?? {}),
          b2b_guest_attached: {
            legal_entity_id: le.id,
            customer_id: input.customer_id,
            by_user_id: input.user_id,
            at: new Date().toISOString(),
          },
        },
      },
    })
  }
)

/** Links the order to the counterparty (legal-entity-order link); compensation dismisses the link. */
export const linkGuestOrderStep = createStep(
  "b2b-guest-order-link",
  async (input: { order_id: string; legal_entity_id: string }, { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: LegalEntityOrder.entryPoint,
      fields: ["order_id"],
      filters: { order_id: input.order_id },
    })
    if (data.length)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `order: guest order ${input.order_id} is already attached to a counterparty`
      )
    const def = {
      [COMPANY_MODULE]: { b2b_legal_entity_id: input.legal_entity_id },
      [Modules.ORDER]: { order_id: input.order_id },
    }
    await link.create(def)
    return new StepResponse(def, def)
  },
  async (def, { container }) => {
    if (def) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(def)
  }
)

type OrderPatch = { customer_id: string | null; metadata: Record<string, unknown> | null }

/** Sets the order's customer (when named) and records who attached it; compensation restores both. */
export const updateAttachedOrderStep = createStep(
  "b2b-guest-order-update",
  async (input: { order_id: string; next: OrderPatch; previous: OrderPatch }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    await orders.updateOrders([
      {
        id: input.order_id,
        customer_id: input.next.customer_id ?? undefined,
        metadata: input.next.metadata,
      },
    ] as any)
    return new StepResponse(input.order_id, { order_id: input.order_id, previous: input.previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.ORDER).updateOrders([
      {
        id: undo.order_id,
        customer_id: undo.previous.customer_id ?? undefined,
        metadata: { ...(undo.previous.metadata ?? {}), b2b_guest_attached: null },
      },
    ] as any)
  }
)
