import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  ONE_C_MODULE,
  planOptions,
  type OptionPlan,
  type PlannedVariant,
} from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { setStocked } from "./offers"
import { characteristicsHash, type skuAllocator, type VariantSource } from "./variants"

export type SyncItem = {
  productId: string
  p: VariantSource
  /** the variant this characteristic already is (its characteristics re-sent), absent = new */
  variantId?: string
}

export type Synced = {
  /** variants, inventory items and links created (compensation deletes them) */
  variants: string[]
  inventory: string[]
  links: any[]
  /** base variants soft-deleted with their inventory items and links (compensation restores them) */
  removed_variants: string[]
  removed_inventory: string[]
  removed_links: any[]
  mappings: {
    kind: string
    external_id: string
    internal_id: string
    parent_internal_id?: string
    hash?: string
    data?: unknown
  }[]
  /** 1C ids of the removed base variants (their variant and offer mappings are dropped) */
  removed_external: string[]
  warnings: string[]
  messages: string[]
  updated: number
}

const same = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v)

/**
 * Characteristics of known products — new ones, and known ones whose characteristics changed — made
 * real options, batched over the products of a batch (a fixed number of module calls, none per product):
 * one option per characteristic name (planOptions), existing variants keep their ids and get the new
 * values, new ones are created with inventory items and links. A product that gets its first
 * characteristics loses its base «Основной» variant: soft-deleted with its inventory item, links and
 * mappings — unless an order or a cart holds it; then it stays, without option values, out of stock
 * and marked `one_c_retired` (manage_inventory, no backorder: neither the storefront nor Medusa's cart
 * sells it), and its mapping is marked so that offers no longer stock it. Options and values no live
 * variant uses any more are detached (exclusive ones are then soft-deleted by the product module).
 */
export async function syncCharacteristicVariants(
  container: any,
  items: SyncItem[],
  alloc: Awaited<ReturnType<typeof skuAllocator>>,
  /** products to re-plan from what they carry even with no item (the migration of «Вариант» products) */
  alsoProducts: string[] = []
): Promise<Synced> {
  const out: Synced = {
    variants: [],
    inventory: [],
    links: [],
    removed_variants: [],
    removed_inventory: [],
    removed_links: [],
    mappings: [],
    removed_external: [],
    warnings: [],
    messages: [],
    updated: 0,
  }
  if (!items.length && !alsoProducts.length) return out
  const productModule = container.resolve(Modules.PRODUCT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const prods = await productModule.listProducts(
    { id: [...new Set([...items.map((a) => a.productId), ...alsoProducts])] },
    {
      relations: [
        "options",
        "options.values",
        "variants",
        "variants.options",
        "variants.options.option",
      ],
      take: null,
    }
  )

  type Work = {
    prod: any
    plan: OptionPlan
    fresh: SyncItem[]
    changed: { id: string; title: string; options: Record<string, string> }[]
    detach: string[]
    base: string[]
    dropOptions: any[]
    addOptions: { title: string; values: string[] }[]
    addValues: { option: any; values: string[] }[]
    dropValues: { option: any; ids: string[] }[]
  }
  const work: Work[] = []
  for (const prod of prods) {
    const mine = items.filter((a) => a.productId === prod.id)
    const sentFor = new Map(mine.filter((a) => a.variantId).map((a) => [a.variantId!, a.p]))
    const existing = [...(prod.variants ?? [])].sort(
      (a: any, b: any) =>
        new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
        a.id.localeCompare(b.id)
    )
    const currentOf = (v: any) =>
      Object.fromEntries(
        (v.options ?? [])
          .filter((o: any) => o.option?.title)
          .map((o: any) => [o.option.title, o.value])
      ) as Record<string, string>
    const oneC = (v: any) => String(v.metadata?.one_c_id ?? "")
    const planned: PlannedVariant[] = existing
      // a base variant kept for the orders holding it has no options and is out of the plan
      .filter((v: any) => !v.metadata?.one_c_retired)
      .map((v: any) => {
        const sent = sentFor.get(v.id)
        const hash = oneC(v).indexOf("#")
        return {
          key: v.id,
          characteristic_id: hash >= 0 ? oneC(v).slice(hash + 1) || v.id : null,
          characteristics: sent?.characteristics.length ? sent.characteristics : null,
          current: currentOf(v),
          name: sent?.name ?? v.title,
        }
      })
    const fresh = mine.filter((a) => !a.variantId)
    for (const a of fresh)
      planned.push({
        key: `new:${a.p.id}`,
        characteristic_id: a.p.characteristic_id,
        characteristics: a.p.characteristics,
        name: a.p.name,
      })
    const plan = planOptions({
      existing_titles: (prod.options ?? []).map((o: any) => o.title),
      variants: planned,
      product_label: prod.title,
    })
    out.warnings.push(...plan.warnings)
    const replaced = new Set(plan.replaced_base)
    const titlesNow = (prod.options ?? []).map((o: any) => o.title).sort()
    const titlesNext = plan.options.map((o) => o.title).sort()
    const optionSetChanges = JSON.stringify(titlesNow) !== JSON.stringify(titlesNext)
    const changed: Work["changed"] = []
    for (const v of existing) {
      const want = plan.values.get(v.id)
      if (!want) continue
      if (optionSetChanges || !same(want, currentOf(v)) || plan.titles.get(v.id) !== v.title)
        changed.push({ id: v.id, title: plan.titles.get(v.id)!, options: want })
    }
    const base = existing.filter((v: any) => replaced.has(v.id)).map((v: any) => v.id)
    const byTitle = new Map<string, any>((prod.options ?? []).map((o: any) => [o.title, o]))
    const nextTitles = new Set(plan.options.map((o) => o.title))
    const w: Work = {
      prod,
      plan,
      // base items of a product that has characteristics are never created
      fresh: fresh.filter((a) => !replaced.has(`new:${a.p.id}`)),
      changed,
      detach: [...changed.map((c) => c.id), ...base],
      base,
      dropOptions: (prod.options ?? []).filter((o: any) => !nextTitles.has(o.title)),
      addOptions: plan.options.filter((o) => !byTitle.has(o.title)),
      addValues: [],
      dropValues: [],
    }
    for (const o of plan.options) {
      const have = byTitle.get(o.title)
      if (!have) continue
      const haveValues = new Set<string>((have.values ?? []).map((v: any) => v.value))
      const add = o.values.filter((v) => !haveValues.has(v))
      if (add.length) w.addValues.push({ option: have, values: add })
      const keep = new Set(o.values)
      const drop = (have.values ?? []).filter((v: any) => !keep.has(v.value)).map((v: any) => v.id)
      if (drop.length) w.dropValues.push({ option: have, ids: drop })
    }
    work.push(w)
  }

  // base variants: on an order or a cart → kept, not sellable; else soft-deleted
  const baseIds = work.flatMap((w) => w.base)
  const held = new Set<string>()
  if (baseIds.length) {
    const [orderLines, cartLines] = await Promise.all([
      container
        .resolve(Modules.ORDER)
        .listOrderLineItems({ variant_id: baseIds }, { select: ["variant_id"], take: null }),
      container
        .resolve(Modules.CART)
        .listLineItems({ variant_id: baseIds }, { select: ["variant_id"], take: null }),
    ])
    for (const l of [...orderLines, ...cartLines]) if (l.variant_id) held.add(l.variant_id)
  }

  // 1. variants whose values change let go of their old values (the product module has no call that
  //    unsets a variant's options; its own validation reads these rows)
  const detach = work.flatMap((w) => w.detach)
  if (detach.length)
    await knex.raw(`delete from product_variant_option where variant_id = any(?::text[])`, [detach])

  // 2. base variants
  const variantById = new Map<string, any>(
    work.flatMap((w) => (w.prod.variants ?? []).map((v: any) => [v.id, v]))
  )
  const drop = baseIds.filter((id) => !held.has(id))
  const keep = baseIds.filter((id) => held.has(id))
  if (baseIds.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: baseIds },
    })
    const itemsOf = new Map<string, string[]>(
      data.map((v: any) => [v.id, (v.inventory_items ?? []).map((i: any) => i.inventory_item_id)])
    )
    if (drop.length) {
      const links = drop.flatMap((id) =>
        (itemsOf.get(id) ?? []).map((inventory_item_id) => ({
          [Modules.PRODUCT]: { variant_id: id },
          [Modules.INVENTORY]: { inventory_item_id },
        }))
      )
      if (links.length) await link.dismiss(links)
      const inv = drop.flatMap((id) => itemsOf.get(id) ?? [])
      if (inv.length) await container.resolve(Modules.INVENTORY).softDeleteInventoryItems(inv)
      await productModule.softDeleteProductVariants(drop)
      out.removed_variants.push(...drop)
      out.removed_inventory.push(...inv)
      out.removed_links.push(...links)
      out.removed_external.push(
        ...drop.map((id) => String(variantById.get(id)?.metadata?.one_c_id ?? "")).filter(Boolean)
      )
    }
    if (keep.length) {
      await productModule.upsertProductVariants(
        keep.map((id) => ({
          id,
          manage_inventory: true,
          allow_backorder: false,
          metadata: { one_c_retired: true },
        }))
      )
      const levels = await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels(
          { inventory_item_id: keep.flatMap((id) => itemsOf.get(id) ?? []) },
          { select: ["id"], take: null }
        )
      await setStocked(
        knex,
        levels.map((l: any) => ({ id: l.id, qty: "0" }))
      )
      for (const id of keep) {
        const v = variantById.get(id)
        const ext = String(v?.metadata?.one_c_id ?? "")
        if (ext)
          out.mappings.push({
            kind: "variant",
            external_id: ext,
            internal_id: id,
            parent_internal_id: v.product_id,
            data: { retired: true },
          })
      }
    }
    for (const w of work)
      for (const id of w.base)
        out.messages.push(
          held.has(id)
            ? `Товар «${w.prod.title}»: вариант «${variantById.get(id)?.title}» есть в заказах или корзинах — оставлен, но снят с продажи (остаток 0); у товара теперь характеристики`
            : `Товар «${w.prod.title}»: вариант «${variantById.get(id)?.title}» удалён — у товара теперь характеристики`
        )
  }

  // 3. options no variant uses any more leave the product; new ones join it; values follow
  const dropPairs = work.flatMap((w) =>
    w.dropOptions.map((o) => ({ product_id: w.prod.id, product_option_id: o.id }))
  )
  if (dropPairs.length) await productModule.removeProductOptionFromProduct(dropPairs)
  const newOptions = work.flatMap((w) => w.addOptions.map((o) => ({ w, o })))
  if (newOptions.length) {
    const created = await productModule.createProductOptions(
      newOptions.map(({ o }) => ({ title: o.title, values: o.values, is_exclusive: true }))
    )
    await productModule.addProductOptionToProduct(
      created.map((c: any, i: number) => ({
        product_id: newOptions[i].w.prod.id,
        product_option_id: c.id,
      }))
    )
  }
  const valueUpdates = work.flatMap((w) =>
    w.addValues.map((a) => ({
      product_id: w.prod.id,
      product_option_id: a.option.id,
      add: a.values.map((value) => ({ value })),
    }))
  )
  if (valueUpdates.length) await productModule.updateProductOptionValuesOnProduct(valueUpdates)

  // 4. existing variants take their new values (ids, prices, stock, reservations, order lines stay)
  const changed = work.flatMap((w) => w.changed)
  if (changed.length) await productModule.upsertProductVariants(changed)
  out.updated += changed.length

  // 5. new characteristics: variants, inventory items, links
  const rows: any[] = []
  for (const w of work)
    for (const a of w.fresh) {
      const key = `new:${a.p.id}`
      rows.push({
        product_id: w.prod.id,
        title: w.plan.titles.get(key),
        sku: alloc.skuFor(a.p),
        barcode: alloc.barcodeFor(a.p),
        manage_inventory: true,
        options: w.plan.values.get(key),
        metadata: { one_c_id: a.p.id },
      })
    }
  if (rows.length) {
    const created = await productModule.createProductVariants(rows)
    out.variants.push(...created.map((v: any) => v.id))
    const inv = await container
      .resolve(Modules.INVENTORY)
      .createInventoryItems(created.map((v: any) => ({ sku: v.sku, title: v.title })))
    out.inventory.push(...inv.map((i: any) => i.id))
    const links = created.map((v: any, i: number) => ({
      [Modules.PRODUCT]: { variant_id: v.id },
      [Modules.INVENTORY]: { inventory_item_id: inv[i].id },
    }))
    await link.create(links)
    out.links.push(...links)
    const sent = new Map(items.map((a) => [a.p.id, a.p]))
    for (const v of created)
      out.mappings.push({
        kind: "variant",
        external_id: v.metadata.one_c_id,
        internal_id: v.id,
        parent_internal_id: v.product_id,
        hash: characteristicsHash(sent.get(v.metadata.one_c_id)?.characteristics ?? []),
      })
  }

  // 6. values no variant uses any more leave the product's options
  const valueDrops = work.flatMap((w) =>
    w.dropValues.map((d) => ({
      product_id: w.prod.id,
      product_option_id: d.option.id,
      remove: d.ids,
    }))
  )
  if (valueDrops.length) await productModule.updateProductOptionValuesOnProduct(valueDrops)

  // the characteristics applied to known variants are recorded (an unchanged re-send is then skipped)
  for (const a of items)
    if (a.variantId)
      out.mappings.push({
        kind: "variant",
        external_id: a.p.id,
        internal_id: a.variantId,
        parent_internal_id: a.productId,
        hash: characteristicsHash(a.p.characteristics),
      })
  if (drop.length) {
    const onec: OneCModuleService = container.resolve(ONE_C_MODULE)
    await onec.deleteMappings("variant", out.removed_external)
    await onec.deleteMappings("offer", out.removed_external)
  }
  return out
}

/**
 * Compensation of the base variants a failed step removed: variants and inventory items restored,
 * their links created again (option values re-planned by the next run, which reads what is there).
 */
export async function restoreRemovedBase(
  container: any,
  undo: { removed_variants?: string[]; removed_inventory?: string[]; removed_links?: any[] }
) {
  if (undo.removed_variants?.length)
    await container.resolve(Modules.PRODUCT).restoreProductVariants(undo.removed_variants)
  if (undo.removed_inventory?.length)
    await container.resolve(Modules.INVENTORY).restoreInventoryItems(undo.removed_inventory)
  if (undo.removed_links?.length)
    await container.resolve(ContainerRegistrationKeys.LINK).create(undo.removed_links)
}
