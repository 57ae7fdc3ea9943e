import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertOrderableQuantities } from "../utils/quantities"
import { OrderLineInput, invalid } from "../utils/guest-orders"

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
