import type { MedusaContainer } from "@medusajs/framework/types"
import { portalSettings } from "../../lib/portal-settings" // one-click orders: the on-account provider is enabled in the region
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATEGORY_TREE, COUNTRIES, WAREHOUSES, type Branch, type Leaf } from "./catalog-data"
import { ean13, handleize, rng, type Rng } from "./rng"
import { readSeedConfig } from "../../lib/runtime-config"

const SALES_CHANNEL = "B2B-портал"
const REGION = "Россия"

export type CatalogSeedResult = {
  publishable_key: string
  region_id: string
  sales_channel_id: string
  location_ids: string[]
  category_ids: Record<string, string>
  leaf_ids: string[]
  products: number
  variants: number
}

const isLeaf = (n: Branch | Leaf): n is Leaf => "template" in n

/** Store basics: sales channel, publishable key, region with VAT 22 %, warehouses with shipping. Idempotent. */
async function seedStoreBasics(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "name"],
    filters: { name: SALES_CHANNEL },
  })
  const salesChannelId =
    (channels[0] as { id: string } | undefined)?.id ??
    (
      await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: SALES_CHANNEL, description: "Оптовый портал" }] },
      })
    ).result[0].id

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "title"],
    filters: { type: "publishable", title: "Storefront" },
  })
  let key = keys[0] as { id: string; token: string } | undefined
  if (!key) {
    key = (
      await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "Storefront", type: "publishable", created_by: "seed" }] },
      })
    ).result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key!.id, add: [salesChannelId] },
    })
  }

  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "name"],
    filters: { name: REGION },
  })
  const regionId =
    (regions[0] as { id: string } | undefined)?.id ??
    (
      await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: REGION,
              currency_code: "rub",
              countries: ["ru"],
              payment_providers: [
                ...new Set(["pp_system_default", portalSettings().onAccountProviderId]),
              ],
            },
          ],
        },
      })
    ).result[0].id

  const { data: taxRegions } = await query.graph({
    entity: "tax_region",
    fields: ["id", "country_code"],
    filters: { country_code: "ru" },
  })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "ru",
          provider_id: "tp_system",
          default_tax_rate: { rate: 22, code: "VAT22", name: "НДС 22%" },
        },
      ],
    })
  }

  const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: (stores[0] as { id: string }).id },
      update: {
        name: "B2B-портал",
        supported_currencies: [{ currency_code: "rub", is_default: true }],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
      },
    },
  })

  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id", "type"],
  })
  const profileId =
    (profiles.find((p: any) => p.type === "default") as { id: string } | undefined)?.id ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Основной", type: "default" }] },
      })
    ).result[0].id

  const { data: existingLocations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name"],
  })
  const locationIds: string[] = []
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  for (const w of WAREHOUSES) {
    const found = existingLocations.find((l: any) => l.name === w.name) as
      { id: string } | undefined
    if (found) {
      locationIds.push(found.id)
      continue
    }
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: w.name,
            address: { city: w.city, address_1: w.address, country_code: "ru" },
            metadata: { region_code: w.region_code, region_name: w.region_name },
          },
        ],
      },
    })
    const loc = result[0]
    locationIds.push(loc.id)
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: loc.id, add: [salesChannelId] },
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: loc.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    const set = await fulfillment.createFulfillmentSets({
      name: `${w.name}: доставка`,
      type: "shipping",
      service_zones: [
        {
          name: `${w.city}: ${w.region_name} регион`,
          geo_zones: [{ type: "country", country_code: "ru" }],
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: loc.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    const zoneId = set.service_zones[0].id
    const option = (name: string, code: string, amount: number) => ({
      name: `${name} (${w.city})`,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zoneId,
      shipping_profile_id: profileId,
      type: { label: name, description: name, code },
      prices: [
        { currency_code: "rub", amount },
        { region_id: regionId, amount },
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        option("Доставка транспортом поставщика", "delivery", 1500),
        option("Самовывоз со склада", "pickup", 0),
      ],
    })
  }
  return { salesChannelId, publishableKey: key!.token, regionId, profileId, locationIds }
}

/** The category tree, level by level (parents first). Idempotent by handle. */
async function seedCategories(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const byHandle = new Map((data as { id: string; handle: string }[]).map((c) => [c.handle, c.id]))
  const ids: Record<string, string> = {}
  const leaves: { id: string; leaf: Leaf }[] = []
  let level: { node: Branch | Leaf; parent: string | null; path: string }[] = CATEGORY_TREE.map(
    (n) => ({ node: n, parent: null, path: handleize(n.name) })
  )
  while (level.length) {
    const missing = level.filter((l) => !byHandle.has(l.path))
    if (missing.length) {
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: missing.map((l) => ({
            name: l.node.name,
            handle: l.path,
            is_active: true,
            parent_category_id: l.parent ?? undefined,
          })),
        },
      })
      for (const c of result) byHandle.set(c.handle, c.id)
    }
    const next: typeof level = []
    for (const l of level) {
      const id = byHandle.get(l.path)!
      ids[l.node.name] = id
      if (isLeaf(l.node)) leaves.push({ id, leaf: l.node })
      else
        for (const c of l.node.children)
          next.push({ node: c, parent: id, path: `${l.path}-${handleize(c.name)}`.slice(0, 120) })
    }
    level = next
  }
  return { ids, leaves }
}

/** Products per createProductsWorkflow run (bigger batches: fewer round trips on large seeds). */
const BATCH = readSeedConfig().batch

const money = (r: Rng, [min, max]: [number, number]) =>
  Math.round((min + r.next() * (max - min)) * 100) / 100

/**
 * Products spread over the leaf categories: titles, articles (SKU), EAN-13 barcodes, properties in
 * metadata (manufacturer, line, country, material, unit), 1–4 variants by the category's option,
 * RUB prices with VAT, stock at the three warehouses. Created in batches (SEED_BATCH, default 200); idempotent by handle.
 */
async function seedProducts(
  container: MedusaContainer,
  r: Rng,
  count: number,
  ctx: {
    salesChannelId: string
    profileId: string
    locationIds: string[]
    leaves: { id: string; leaf: Leaf }[]
  }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const planned: any[] = []
  const seen = new Set<string>()
  for (let i = 0; planned.length < count && i < count * 4; i++) {
    const { id: categoryId, leaf } = ctx.leaves[i % ctx.leaves.length]
    const t = leaf.template
    const maker = r.pick(t.makers)
    const line = r.pick(t.lines)
    const n = r.int(1, Math.min(4, t.option.values.length))
    const start = r.int(0, t.option.values.length - n)
    const values = t.option.values.slice(start, start + n)
    const title = t
      .title(
        maker,
        line,
        values.length === 1 ? values[0] : `${values[0]}…${values[values.length - 1]}`
      )
      .replace(/\s+/g, " ")
    const handle = `${handleize(title)}-${i}`
    if (seen.has(handle)) continue
    seen.add(handle)
    const base = money(r, t.price)
    const article = `${t.article}-${String(i + 1).padStart(5, "0")}`
    planned.push({
      title,
      handle,
      description: `${title}. Производитель: ${maker}, серия ${line}. Поставка со склада, оптовые цены по договору.`,
      status: "published",
      category_ids: [categoryId],
      sales_channels: [{ id: ctx.salesChannelId }],
      shipping_profile_id: ctx.profileId,
      weight: r.int(50, 15000),
      material: t.material ?? null,
      origin_country: "ru",
      metadata: {
        manufacturer: maker,
        line,
        country: COUNTRIES[maker] ?? "Россия",
        material: t.material ?? null,
        unit: t.unit,
        article,
        vat_rate: 22,
      },
      options: [{ title: t.option.title, values }],
      variants: values.map((v, k) => ({
        title: v,
        sku: `${article}-${k + 1}`,
        barcode: ean13(`46${String(100000000 + i * 4 + k).padStart(10, "0")}`),
        options: { [t.option.title]: v },
        manage_inventory: true,
        prices: [{ currency_code: "rub", amount: Math.round(base * (1 + k * 0.35) * 100) / 100 }],
      })),
    })
  }
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: planned.map((p) => p.handle) },
  })
  const have = new Set((existing as { handle: string }[]).map((p) => p.handle))
  const todo = planned.filter((p) => !have.has(p.handle))
  const stock = (k: number) => (r.chance(0.15) ? 0 : r.int(1, 60) * (k + 1) * 10)
  for (let i = 0; i < todo.length; i += BATCH) {
    const batch = todo.slice(i, i + BATCH)
    const { result } = await createProductsWorkflow(container).run({ input: { products: batch } })
    const variantIds = result.flatMap((p) => (p.variants ?? []).map((v) => v.id))
    const { data: links } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    })
    const levels = links.flatMap((v) =>
      (v.inventory_items ?? []).flatMap((ii: any) =>
        ctx.locationIds.map((loc, k) => ({
          inventory_item_id: ii.inventory_item_id,
          location_id: loc,
          stocked_quantity: stock(k),
        }))
      )
    )
    if (levels.length)
      await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
  return {
    planned: planned.length,
    created: todo.length,
    variants: planned.reduce((s, p) => s + p.variants.length, 0),
  }
}

export async function seedCatalog(
  container: MedusaContainer,
  opts: { seed: number; products: number }
): Promise<CatalogSeedResult> {
  const r = rng(opts.seed)
  const basics = await seedStoreBasics(container)
  const cats = await seedCategories(container)
  const prod = await seedProducts(container, r, opts.products, { ...basics, leaves: cats.leaves })
  return {
    publishable_key: basics.publishableKey,
    region_id: basics.regionId,
    sales_channel_id: basics.salesChannelId,
    location_ids: basics.locationIds,
    category_ids: cats.ids,
    leaf_ids: cats.leaves.map((l) => l.id),
    products: prod.planned,
    variants: prod.variants,
  }
}
