import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE, hashOf } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import type { CmlGroup, CmlPriceType, CmlProperty, CmlWarehouse } from "../../../modules/one-c"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import { slug } from "../utils/targets"
import { createLocations } from "../utils/create-locations"

export type ClassifierInput = {
  session_id: string
  groups: CmlGroup[]
  properties: CmlProperty[]
  price_types: CmlPriceType[]
  warehouses: CmlWarehouse[]
}

type Counts = { created: number; updated: number; unchanged: number; failed: number }

/**
 * The classifier: groups → product categories (parents first; a group mapped by hand to portal
 * categories creates none), properties (kept in the mapping table: names and reference values,
 * used to turn product values into filterable attributes), price types → the pricing module's
 * price types, warehouses → stock locations in the sales channel. Compensation removes what was created.
 */
export const applyClassifierStep = createStep(
  "one-c-apply-classifier",
  async (input: ClassifierInput, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const product = container.resolve(Modules.PRODUCT)
    const counts: Counts = { created: 0, updated: 0, unchanged: 0, failed: 0 }
    const undo = {
      categories: [] as string[],
      priceTypes: [] as string[],
      locations: [] as string[],
    }

    // groups, in document order (a parent always precedes its children)
    if (input.groups.length) {
      const known = await onec.mappingsFor(
        "group",
        input.groups.map((g) => g.id)
      )
      const manual = await onec.listOnecCategoryMaps(
        { group_external_id: input.groups.map((g) => g.id) },
        { take: null }
      )
      const manualIds = new Set(manual.map((m) => m.group_external_id))
      const rows = []
      // new groups are created level by level, one module call per level (not one per group:
      // 1,220 single creations were most of the classifier's time); a parent always comes first
      let pending: { g: CmlGroup; hash: string }[] = []
      const createPending = async () => {
        while (pending.length) {
          const inWave = new Set(pending.map((p) => p.g.id))
          const wave = pending.filter((p) => !p.g.parent_id || !inWave.has(p.g.parent_id))
          pending = pending.filter((p) => !wave.includes(p))
          const cats = await product.createProductCategories(
            wave.map(({ g }) => ({
              name: g.name,
              handle: slug(g.name, g.id),
              is_active: !g.deleted,
              parent_category_id: g.parent_id
                ? (known.get(g.parent_id)?.internal_id ?? null)
                : null,
            }))
          )
          const byHandle = new Map(cats.map((c: any) => [c.handle, c]))
          wave.forEach(({ g, hash }, i) => {
            const cat: any = byHandle.get(slug(g.name, g.id)) ?? cats[i]
            undo.categories.push(cat.id)
            counts.created++
            const row = { kind: "group", external_id: g.id, internal_id: cat.id, hash }
            // why: a mapping row without its generated id (only external/internal ids are read back)
            known.set(g.id, row as any)
            rows.push(row)
          })
        }
      }
      for (const g of input.groups) {
        const hash = hashOf(g)
        const m = known.get(g.id)
        if (manualIds.has(g.id) || (m && m.hash === hash)) {
          counts.unchanged++
          continue
        }
        if (m) {
          // a changed group may move under a parent created in this batch: create those first
          if (g.parent_id && pending.some((p) => p.g.id === g.parent_id)) await createPending()
          const parentCat = g.parent_id ? (known.get(g.parent_id)?.internal_id ?? null) : null
          await product.updateProductCategories(m.internal_id, {
            name: g.name,
            is_active: !g.deleted,
            parent_category_id: parentCat,
          })
          counts.updated++
          rows.push({ kind: "group", external_id: g.id, internal_id: m.internal_id, hash })
        } else pending.push({ g, hash })
      }
      await createPending()
      await onec.upsertMappings(rows)
    }

    if (input.properties.length) {
      const known = await onec.mappingsFor(
        "property",
        input.properties.map((p) => p.id)
      )
      const rows = []
      for (const p of input.properties) {
        const hash = hashOf(p)
        const m = known.get(p.id)
        if (m?.hash === hash) {
          counts.unchanged++
          continue
        }
        // a delta may list a reference property without all its values: merge them
        const values = {
          ...((m?.data as { values?: Record<string, string> } | null)?.values ?? {}),
          ...p.values,
        }
        rows.push({
          kind: "property",
          external_id: p.id,
          internal_id: p.id,
          hash,
          data: { name: p.name, type: p.type, values },
        })
        m ? counts.updated++ : counts.created++
      }
      await onec.upsertMappings(rows)
    }

    if (input.price_types.length) {
      const pricing = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
      const existing = await pricing.listPcPriceTypes(
        { one_c_id: input.price_types.map((t) => t.id) },
        { take: null }
      )
      const byOneC = new Map(existing.map((t: any) => [t.one_c_id, t]))
      const anyBase = (await pricing.listPcPriceTypes({ is_base: true }, { take: 1 })).length > 0
      const rows = []
      let first = !anyBase
      for (const t of input.price_types) {
        const cur = byOneC.get(t.id)
        if (
          cur &&
          cur.name === t.name &&
          cur.currency_code === t.currency &&
          cur.vat_included === t.vat_included
        ) {
          counts.unchanged++
          rows.push({ kind: "price_type", external_id: t.id, internal_id: cur.id })
          continue
        }
        if (cur) {
          await pricing.updatePcPriceTypes({
            id: cur.id,
            name: t.name,
            currency_code: t.currency,
            vat_included: t.vat_included,
          })
          counts.updated++
          rows.push({ kind: "price_type", external_id: t.id, internal_id: cur.id })
        } else {
          // the first price type 1C sends becomes the base one when the store has none
          const created = await pricing.createPcPriceTypes({
            code: `1c-${t.id}`.slice(0, 80),
            name: t.name,
            currency_code: t.currency,
            vat_included: t.vat_included,
            one_c_id: t.id,
            is_base: first,
          })
          first = false
          undo.priceTypes.push(created.id)
          counts.created++
          rows.push({ kind: "price_type", external_id: t.id, internal_id: created.id })
        }
      }
      await onec.upsertMappings(rows)
      if (counts.created || counts.updated) await pricing.bumpVersion()
    }

    if (input.warehouses.length) {
      const known = await onec.mappingsFor(
        "warehouse",
        input.warehouses.map((w) => w.id)
      )
      const fresh = input.warehouses.filter((w) => !known.has(w.id))
      counts.unchanged += input.warehouses.length - fresh.length
      if (fresh.length) {
        const created = await createLocations(
          container,
          fresh.map((w) => ({ name: w.name, address: w.address }))
        )
        undo.locations.push(...created)
        counts.created += created.length
        await onec.upsertMappings(
          fresh.map((w, i) => ({
            kind: "warehouse",
            external_id: w.id,
            internal_id: created[i],
            hash: hashOf(w),
          }))
        )
      }
    }
    return new StepResponse(counts, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.categories.length)
      await container.resolve(Modules.PRODUCT).deleteProductCategories(undo.categories.reverse())
    if (undo.priceTypes.length)
      await container
        .resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
        .deletePcPriceTypes(undo.priceTypes)
    if (undo.locations.length)
      await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations(undo.locations)
  }
)
