import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@mikro-orm/knex"
import { catalogLinks, type CatalogTargets } from "./targets"
import { pluginOptions } from "../../../lib/plugin-options"

/** A new product as the catalog step builds it (no pictures: those go through the product module). */
export type NewProduct = {
  title: string
  handle: string
  description?: string | null
  status: string
  external_id: string
  weight?: number
  category_ids: string[]
  metadata: Record<string, unknown>
  /** the product's options with their values, in order (see planOptions) */
  options: { title: string; values: string[] }[]
  variants: {
    title: string
    sku: string | null
    barcode: string | null
    metadata: Record<string, unknown>
    /** option title → value, one per option */
    options: Record<string, string>
  }[]
}

export type WrittenProducts = {
  products: {
    id: string
    variants: { id: string; sku: string | null; title: string; one_c_id: string }[]
  }[]
  inventory: string[]
  links: any[]
}

/**
 * How new 1C products are written. `sql` (default): the rows Medusa's product, inventory and link
 * modules would write for the same input (product, its exclusive options with their values and their
 * product pivots, variants with their option values, categories, inventory items, variant ↔ item,
 * product ↔ sales channel and ↔ shipping profile links) as one `INSERT … SELECT FROM unnest` per
 * table in one transaction, then `product.created` / `product-variant.created` events (as Medusa's
 * create-products workflow emits them) for subscribers such as a search index.
 * The module path (`ONE_C_PRODUCT_WRITES=module`) builds an ORM entity graph per product: at 100k
 * products it was 356 s of a 553 s import, 1.8 → 3.0 ms per product as the tables grew. The
 * integration spec one-c-product-rows checks the two paths write the same rows.
 */
export const productWritesBySql = () => pluginOptions().oneC.productWrites !== "module"

const json = (v: unknown) => JSON.stringify(v)

export async function insertProductRows(
  container: any,
  input: NewProduct[],
  targets: CatalogTargets
): Promise<WrittenProducts> {
  const out: WrittenProducts = { products: [], inventory: [], links: [] }
  if (!input.length) return out
  const p: Record<string, any[]> = {
    id: [],
    title: [],
    handle: [],
    description: [],
    status: [],
    external_id: [],
    weight: [],
    metadata: [],
  }
  const opt: Record<string, any[]> = { id: [], title: [], pp: [], product: [] }
  const val: Record<string, any[]> = { id: [], value: [], option: [], ppv: [], pp: [] }
  const v: Record<string, any[]> = {
    id: [],
    title: [],
    sku: [],
    barcode: [],
    metadata: [],
    product: [],
    item: [],
    link: [],
  }
  const pvo: Record<string, string[]> = { variant: [], value: [] }
  const cat: Record<string, any[]> = { product: [], category: [] }
  for (const prod of input) {
    const id = generateEntityId(undefined, "prod")
    p.id.push(id)
    p.title.push(prod.title)
    p.handle.push(prod.handle)
    p.description.push(prod.description ?? null)
    p.status.push(prod.status)
    p.external_id.push(prod.external_id)
    p.weight.push(prod.weight ?? null)
    p.metadata.push(json(prod.metadata))
    for (const c of prod.category_ids) {
      cat.product.push(id)
      cat.category.push(c)
    }
    // one exclusive option per characteristic name, its values and their product pivots
    const valueIds = new Map<string, Map<string, string>>()
    for (const o of prod.options) {
      const optionId = generateEntityId(undefined, "opt")
      const pp = generateEntityId(undefined, "prodopt")
      opt.id.push(optionId)
      opt.title.push(o.title)
      opt.pp.push(pp)
      opt.product.push(id)
      const ids = new Map<string, string>()
      for (const value of o.values) {
        const valueId = generateEntityId(undefined, "optval")
        ids.set(value, valueId)
        val.id.push(valueId)
        val.value.push(value)
        val.option.push(optionId)
        val.ppv.push(generateEntityId(undefined, "prodoptval"))
        val.pp.push(pp)
      }
      valueIds.set(o.title, ids)
    }
    const written = { id, variants: [] as WrittenProducts["products"][number]["variants"] }
    for (const variant of prod.variants) {
      const variantId = generateEntityId(undefined, "variant")
      const item = generateEntityId(undefined, "iitem")
      v.id.push(variantId)
      v.title.push(variant.title)
      v.sku.push(variant.sku)
      v.barcode.push(variant.barcode)
      v.metadata.push(json(variant.metadata))
      v.product.push(id)
      for (const [title, value] of Object.entries(variant.options)) {
        const valueId = valueIds.get(title)?.get(value)
        if (!valueId)
          throw new Error(`${prod.external_id}: option value ${title} = ${value} not planned`)
        pvo.variant.push(variantId)
        pvo.value.push(valueId)
      }
      v.item.push(item)
      v.link.push(generateEntityId(undefined, "pvitem"))
      written.variants.push({
        id: variantId,
        sku: variant.sku,
        title: variant.title,
        one_c_id: String(variant.metadata.one_c_id ?? ""),
      })
    }
    out.products.push(written)
  }
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.transaction(async (trx) => {
    await trx.raw(
      `insert into product (id, title, handle, description, status, external_id, weight, metadata, is_giftcard, discountable, created_at, updated_at)
       select u.id, u.title, u.handle, u.description, u.status, u.external_id, u.weight::real, u.metadata::jsonb, false, true, now(), now()
         from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, title, handle, description, status, external_id, weight, metadata)`,
      [
        p.id,
        p.title,
        p.handle,
        p.description,
        p.status,
        p.external_id,
        p.weight.map((w) => (w == null ? null : String(w))),
        p.metadata,
      ]
    )
    await trx.raw(
      `insert into product_option (id, title, is_exclusive, created_at, updated_at)
       select u.id, u.title, true, now(), now() from unnest(?::text[], ?::text[]) as u(id, title)`,
      [opt.id, opt.title]
    )
    await trx.raw(
      `insert into product_product_option (id, product_id, product_option_id, created_at, updated_at)
       select u.pp, u.product, u.option, now(), now() from unnest(?::text[], ?::text[], ?::text[]) as u(pp, product, option)`,
      [opt.pp, opt.product, opt.id]
    )
    await trx.raw(
      `insert into product_option_value (id, value, option_id, created_at, updated_at)
       select u.id, u.value, u.option, now(), now() from unnest(?::text[], ?::text[], ?::text[]) as u(id, value, option)`,
      [val.id, val.value, val.option]
    )
    await trx.raw(
      `insert into product_product_option_value (id, product_product_option_id, product_option_value_id, created_at, updated_at)
       select u.id, u.pp, u.value, now(), now() from unnest(?::text[], ?::text[], ?::text[]) as u(id, pp, value)`,
      [val.ppv, val.pp, val.id]
    )
    await trx.raw(
      `insert into product_variant (id, title, sku, barcode, metadata, product_id, manage_inventory, allow_backorder, variant_rank, created_at, updated_at)
       select u.id, u.title, u.sku, u.barcode, u.metadata::jsonb, u.product, true, false, 0, now(), now()
         from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, title, sku, barcode, metadata, product)`,
      [v.id, v.title, v.sku, v.barcode, v.metadata, v.product]
    )
    await trx.raw(
      `insert into product_variant_option (variant_id, option_value_id) select * from unnest(?::text[], ?::text[])`,
      [pvo.variant, pvo.value]
    )
    if (cat.product.length) {
      await trx.raw(
        `insert into product_category_product (product_id, product_category_id) select * from unnest(?::text[], ?::text[])`,
        [cat.product, cat.category]
      )
    }
    await trx.raw(
      `insert into inventory_item (id, sku, title, requires_shipping, created_at, updated_at)
       select u.id, u.sku, u.title, true, now(), now() from unnest(?::text[], ?::text[], ?::text[]) as u(id, sku, title)`,
      [v.item, v.sku, v.title]
    )
    await trx.raw(
      `insert into product_variant_inventory_item (id, variant_id, inventory_item_id, required_quantity, created_at, updated_at)
       select u.id, u.variant, u.item, 1, now(), now() from unnest(?::text[], ?::text[], ?::text[]) as u(id, variant, item)`,
      [v.link, v.id, v.item]
    )
    if (targets.salesChannelId) {
      await trx.raw(
        `insert into product_sales_channel (id, product_id, sales_channel_id, created_at, updated_at)
         select u.id, u.product, ?, now(), now() from unnest(?::text[], ?::text[]) as u(id, product)`,
        [targets.salesChannelId, p.id.map(() => generateEntityId(undefined, "prodsc")), p.id]
      )
    }
    if (targets.shippingProfileId) {
      await trx.raw(
        `insert into product_shipping_profile (id, product_id, shipping_profile_id, created_at, updated_at)
         select u.id, u.product, ?, now(), now() from unnest(?::text[], ?::text[]) as u(id, product)`,
        [targets.shippingProfileId, p.id.map(() => generateEntityId(undefined, "prodsp")), p.id]
      )
    }
  })
  out.inventory = v.item
  out.links = catalogLinks(
    v.id.map((variant_id, i) => ({ variant_id, inventory_item_id: v.item[i] })),
    p.id,
    targets
  )
  const meta = (object: string) => ({ source: "product", object, action: "created" })
  await container.resolve(Modules.EVENT_BUS).emit([
    ...p.id.map((id) => ({ name: "product.created", data: { id }, metadata: meta("product") })),
    ...v.id.map((id) => ({
      name: "product-variant.created",
      data: { id },
      metadata: meta("product_variant"),
    })),
  ])
  return out
}
