import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE, hashOf, type CmlProduct } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { catalogLinks, catalogTargets, slug } from "../utils/targets"
import { restoreRemovedBase } from "../utils/characteristic-variants"
import { locateImages, sameImages, uploadImages, type ImageFile } from "../utils/images"
import { insertProductRows, productWritesBySql } from "../utils/product-rows"
import { characteristicsHash, skuAllocator } from "../utils/variants"
import { syncCharacteristicVariants, type SyncItem } from "../utils/characteristic-variants"
import { planOptions } from "../../../modules/one-c"

type Counts = {
  created: number
  updated: number
  unchanged: number
  failed: number
  warnings: string[]
  messages: string[]
  images_missing: number
  [ms: `ms_${string}`]: number
}

/** Property values as readable attributes: { "Производитель": "Legrand", "Сечение": ["1,5", "2,5"] }. */
function attributes(p: CmlProduct, props: ReadonlyMap<string, any>) {
  const out: Record<string, string | string[]> = {}
  for (const pv of p.properties) {
    const def = props.get(pv.id)?.data as
      { name: string; values: Record<string, string> } | undefined
    const name = def?.name || pv.id
    const values = pv.values.map((v) => def?.values?.[v] ?? v).filter((v) => v !== "")
    if (values.length) out[name] = values.length === 1 ? values[0] : values
  }
  return out
}

/**
 * Products of a catalog file, in batches: new ones created with their variants (a 1C product, or
 * one per characteristic in old exports with `product#characteristic` ids), inventory items,
 * sales channel and shipping profile links; changed ones updated; unchanged ones (same hash as last
 * applied) not touched at all. Compensation deletes what this batch created and restores what it changed.
 */
export const applyProductsStep = createStep(
  "one-c-apply-products",
  async (input: { session_id: string; products: CmlProduct[]; dir?: string }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const productModule = container.resolve(Modules.PRODUCT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const counts: Counts = {
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
      images_missing: 0,
      warnings: [],
      messages: [],
    }
    let tick = Date.now()
    const lap = (k: string) => {
      const now = Date.now()
      counts[`ms_${k}`] = (counts[`ms_${k}`] ?? 0) + now - tick
      tick = now
    }
    const undo = {
      products: [] as string[],
      variants: [] as string[],
      inventory: [] as string[],
      // why: link definitions and restore rows of several modules, undone as they were written
      links: [] as any[],
      restore: [] as unknown[],
      files: [] as string[],
      // base variants replaced by characteristics (compensation restores them and their links)
      removed_variants: [] as string[],
      removed_inventory: [] as string[],
      removed_links: [] as Record<string, Record<string, string>>[],
    }

    // one entry per 1C product; old exports list each characteristic as its own Товар
    const byBase = new Map<string, CmlProduct[]>()
    for (const p of input.products) byBase.set(p.base_id, [...(byBase.get(p.base_id) ?? []), p])
    const [productMaps, variantMaps, propMaps, groupMaps] = await Promise.all([
      onec.mappingsFor("product", [...byBase.keys()]),
      onec.mappingsFor(
        "variant",
        input.products.map((p) => p.id)
      ),
      // properties and groups: the whole (small) kind, cached per process until a write moves it
      onec.mappingsOfKindCached("property"),
      onec.mappingsOfKindCached("group"),
    ])
    const manual = await onec.listOnecCategoryMaps(
      { group_external_id: [...new Set(input.products.flatMap((p) => p.group_ids))] },
      { take: null }
    )
    const categoriesOf = (p: CmlProduct) =>
      [
        ...new Set(
          p.group_ids.flatMap((g) => {
            const hand = manual.filter((m) => m.group_external_id === g).map((m) => m.category_id)
            return hand.length ? hand : groupMaps.get(g) ? [groupMaps.get(g)!.internal_id] : []
          })
        ),
      ].sort()

    lap("lookup")

    // pictures (`Картинка`): files of the upload, fingerprinted by path and size (part of the product hash)
    const headOf = (items: CmlProduct[]) => items.find((i) => !i.characteristic_id) ?? items[0]
    const wantedImages = new Map<string, string[]>()
    for (const [base, items] of byBase)
      if (headOf(items).images.length) wantedImages.set(base, headOf(items).images)
    const storedImages = async (base: string) => {
      const m = productMaps.get(base)
      if (!m) return undefined
      const [p] = await productModule.listProducts(
        { id: m.internal_id },
        { select: ["id", "metadata"], take: 1 }
      )
      return (p?.metadata?.image_files ?? undefined) as ImageFile[] | undefined
    }
    const pictures =
      wantedImages.size && input.dir
        ? await locateImages(input.dir, wantedImages, storedImages)
        : { files: new Map<string, ImageFile[]>(), warnings: [], missing: 0 }
    counts.images_missing += pictures.missing
    counts.warnings.push(...pictures.warnings)
    lap("images_locate")

    const creates: {
      base: string
      doc: any
      hash: string
      variants: { key: string; hash: string }[]
    }[] = []
    const updates: { id: string; doc: any; hash: string; base: string }[] = []
    // characteristics of known products: new ones, and known ones 1C now describes differently
    const newVariants: SyncItem[] = []
    for (const [base, items] of byBase) {
      const head = headOf(items)
      const doc = {
        title: head.full_name && head.full_name.length < 250 ? head.name : head.name,
        description: head.description,
        status: items.every((i) => i.deleted) ? "draft" : "published",
        category_ids: categoriesOf(head),
        metadata: {
          one_c_id: base,
          article: head.sku,
          code: head.code,
          manufacturer: head.manufacturer,
          unit: head.unit,
          vat_rate: head.vat_rate,
          full_name: head.full_name,
          images: head.images.length ? head.images : undefined,
          image_files: pictures.files.get(base),
          attributes: attributes(head, propMaps),
        },
        weight: head.weight ? Math.round(Number(head.weight) * 1000) : undefined,
      }
      const hash = hashOf(doc)
      const m = productMaps.get(base)
      if (!m) {
        const variants = items.map((p) => ({
          key: p.id,
          hash: hashOf([p.sku, p.barcodes, p.characteristics, p.name]),
        }))
        creates.push({ base, doc, hash, variants })
        continue
      }
      if (m.hash === hash) counts.unchanged++
      else updates.push({ id: m.internal_id, doc, hash, base })
      for (const p of items) {
        const vm = variantMaps.get(p.id)
        // a base Товар of a known product is never added (with characteristics it was replaced)
        if (!vm) {
          if (p.characteristic_id) newVariants.push({ productId: m.internal_id, p })
        } else if (
          p.characteristic_id &&
          p.characteristics.length &&
          vm.hash !== characteristicsHash(p.characteristics)
        )
          newVariants.push({ productId: m.internal_id, p, variantId: vm.internal_id })
      }
    }

    const mappingRows: any[] = []
    // SKUs and barcodes are unique in Medusa; 1C's are not always: keep the first, suffix the others
    // (only products and characteristics to create need them: an unchanged batch skips these queries)
    const { skuFor, barcodeFor } = await skuAllocator(productModule, [
      ...creates.flatMap((c) => byBase.get(c.base)!),
      ...newVariants.filter((n) => !n.variantId).map((n) => n.p),
    ])
    const alloc = { skuFor, barcodeFor }
    lap("plan")

    // pictures of changed products that are not stored yet go to the file module; stored ones are reused
    let before: any[] = []
    if (updates.length)
      before = await productModule.listProducts(
        { id: updates.map((u) => u.id) },
        { relations: ["categories", "images"], take: null }
      )
    const beforeById = new Map(before.map((b) => [b.id, b]))
    const storedOf = (id: string) =>
      (beforeById.get(id)?.metadata?.image_files ?? []) as ImageFile[]
    const changedPictures = [...creates.map((c) => c.doc), ...updates.map((u) => u.doc)].flatMap(
      (d) => d.metadata.image_files ?? []
    )
    if (changedPictures.length && input.dir) {
      const up = await uploadImages(
        container,
        input.dir,
        changedPictures,
        updates.flatMap((u) => storedOf(u.id))
      )
      undo.files.push(...up.uploaded)
      counts.warnings.push(...up.warnings)
      counts.images_missing += up.warnings.length
      for (const d of [...creates.map((c) => c.doc), ...updates.map((u) => u.doc)]) {
        if (!d.metadata.image_files) continue
        const files = up.withUrls(d.metadata.image_files)
        d.metadata = { ...d.metadata, image_files: files }
        d.images = files.map((f) => ({ url: f.url! }))
        d.thumbnail = files[0]?.url ?? null
      }
    }
    for (const u of updates) {
      // same pictures as stored: leave the product's images alone (no image rows rewritten)
      if (sameImages(u.doc.metadata.image_files, storedOf(u.id)) && u.doc.metadata.image_files) {
        delete u.doc.images
        delete u.doc.thumbnail
      }
    }
    lap("images_upload")

    if (creates.length) {
      // one option per characteristic name (a product without characteristics: its one variant on
      // the placeholder option); a base Товар listed beside its characteristics makes no variant
      const plans = new Map(
        creates.map((c) => {
          const items = [...new Map(byBase.get(c.base)!.map((p) => [p.id, p])).values()]
          const plan = planOptions({
            existing_titles: [],
            variants: items.map((p) => ({
              key: p.id,
              characteristic_id: p.characteristic_id,
              characteristics: p.characteristics,
              name: p.name,
            })),
            product_label: c.doc.title,
          })
          counts.warnings.push(...plan.warnings)
          const replaced = new Set(plan.replaced_base)
          return [c.base, { plan, items: items.filter((p) => !replaced.has(p.id)) }] as const
        })
      )
      const optionsOf = (c: (typeof creates)[number]) => plans.get(c.base)!.plan.options
      const variantsOf = (c: (typeof creates)[number]) => {
        const { plan, items } = plans.get(c.base)!
        return items.map((p) => ({
          title: plan.titles.get(p.id)!,
          sku: skuFor(p),
          barcode: barcodeFor(p),
          metadata: { one_c_id: p.id },
          options: plan.values.get(p.id)!,
        }))
      }
      const hashOfVariant = new Map(
        creates.flatMap((c) =>
          byBase.get(c.base)!.map((p) => [p.id, characteristicsHash(p.characteristics)] as const)
        )
      )
      const targets = await catalogTargets(container)
      // products with pictures keep the module path (image rows, thumbnail); the rest are written set-based
      const bySql = productWritesBySql() ? creates.filter((c) => !c.doc.images?.length) : []
      const sqlSet = new Set(bySql)
      const viaModule = creates.filter((c) => !sqlSet.has(c))
      if (bySql.length) {
        const written = await insertProductRows(
          container,
          bySql.map((c) => ({
            ...c.doc,
            handle: slug(c.doc.title, c.base),
            external_id: c.base,
            options: optionsOf(c),
            variants: variantsOf(c),
          })),
          targets
        )
        undo.products.push(...written.products.map((p) => p.id))
        undo.inventory.push(...written.inventory)
        undo.links.push(...written.links)
        written.products.forEach((p, i) => {
          mappingRows.push({
            kind: "product",
            external_id: bySql[i].base,
            internal_id: p.id,
            hash: bySql[i].hash,
          })
          for (const v of p.variants)
            mappingRows.push({
              kind: "variant",
              external_id: v.one_c_id,
              internal_id: v.id,
              parent_internal_id: p.id,
              hash: hashOfVariant.get(v.one_c_id),
            })
        })
        counts.created += written.products.length
        lap("create_products")
      }
      if (viaModule.length) {
        const input2 = viaModule.map((c) => {
          const variants = variantsOf(c).map((v) => ({ ...v, manage_inventory: true }))
          return {
            ...c.doc,
            handle: slug(c.doc.title, c.base),
            external_id: c.base,
            options: optionsOf(c),
            variants,
          }
        })
        const created = await productModule.createProducts(input2)
        lap("create_products")
        undo.products.push(...created.map((p) => p.id))
        const variantRows = created.flatMap((p, i) =>
          p.variants.map((v) => ({
            product: p,
            variant: v,
            key: v.metadata?.one_c_id as string,
            c: viaModule[i],
          }))
        )
        const inv = await container
          .resolve(Modules.INVENTORY)
          .createInventoryItems(
            variantRows.map((r) => ({ sku: r.variant.sku, title: r.variant.title }))
          )
        undo.inventory.push(...inv.map((x) => x.id))
        lap("inventory_items")
        const links = catalogLinks(
          variantRows.map((r, i) => ({ variant_id: r.variant.id, inventory_item_id: inv[i].id })),
          created.map((p) => p.id),
          targets
        )
        await link.create(links)
        undo.links.push(...links)
        lap("links")
        counts.created += created.length
        created.forEach((p, i) =>
          mappingRows.push({
            kind: "product",
            external_id: viaModule[i].base,
            internal_id: p.id,
            hash: viaModule[i].hash,
          })
        )
        for (const r of variantRows)
          mappingRows.push({
            kind: "variant",
            external_id: r.key,
            internal_id: r.variant.id,
            parent_internal_id: r.product.id,
            hash: hashOfVariant.get(r.key),
          })
      }
    }

    if (updates.length) {
      undo.restore.push(
        ...before.map((b) => ({
          id: b.id,
          title: b.title,
          description: b.description,
          status: b.status,
          metadata: b.metadata,
          category_ids: (b.categories ?? []).map((c: any) => c.id),
          thumbnail: b.thumbnail,
          images: (b.images ?? []).map((i: any) => ({ url: i.url })),
        }))
      )
      await productModule.upsertProducts(updates.map((u) => ({ id: u.id, ...u.doc })))
      counts.updated += updates.length
      for (const u of updates)
        mappingRows.push({ kind: "product", external_id: u.base, internal_id: u.id, hash: u.hash })
      lap("update_products")
    }

    // characteristics of known products: options re-planned, variants added or given new values, batched
    const added = await syncCharacteristicVariants(container, newVariants, alloc)
    undo.variants.push(...added.variants)
    undo.inventory.push(...added.inventory)
    undo.links.push(...added.links)
    undo.removed_variants.push(...added.removed_variants)
    undo.removed_inventory.push(...added.removed_inventory)
    undo.removed_links.push(...added.removed_links)
    mappingRows.push(...added.mappings)
    counts.created += added.variants.length
    counts.updated += added.updated
    counts.warnings.push(...added.warnings)
    counts.messages.push(...added.messages)
    lap("new_variants")
    await onec.upsertMappings(mappingRows)
    lap("mappings")
    return new StepResponse(counts, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (undo.links.length) await link.dismiss(undo.links)
    if (undo.inventory.length)
      await container.resolve(Modules.INVENTORY).deleteInventoryItems(undo.inventory)
    const productModule = container.resolve(Modules.PRODUCT)
    if (undo.variants.length) await productModule.deleteProductVariants(undo.variants)
    if (undo.products.length) await productModule.deleteProducts(undo.products)
    if (undo.restore.length) await productModule.upsertProducts(undo.restore)
    if (undo.files?.length) await container.resolve(Modules.FILE).deleteFiles(undo.files)
    await restoreRemovedBase(container, undo)
  }
)
