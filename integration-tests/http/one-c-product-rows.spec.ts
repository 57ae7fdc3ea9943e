import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { applyProductsWorkflow } from "../../src/workflows/one-c"
import { ONE_C_MODULE } from "../../src/modules/one-c"
import type { CmlProduct } from "../../src/modules/one-c/lib/catalog"

jest.setTimeout(300 * 1000)

/** A 1C product (or one characteristic of it, id `base#char`) as the catalog reader yields it. */
function cml(base: string, opts: Partial<CmlProduct> & { char?: string } = {}): CmlProduct {
  const id = opts.char ? `${base}#${opts.char}` : base
  return {
    id,
    base_id: base,
    characteristic_id: opts.char ?? null,
    sku: opts.sku ?? null,
    code: null,
    barcodes: opts.barcodes ?? [],
    name: opts.name ?? "Кабель ВВГнг 3х2,5",
    full_name: null,
    description: opts.description ?? "Медный кабель",
    unit: { code: "006", name: "м" },
    group_ids: opts.group_ids ?? ["grp-cables"],
    manufacturer: "Кольчугино",
    properties: opts.properties ?? [{ id: "prop-section", values: ["2,5"] }],
    characteristics: opts.characteristics ?? [],
    vat_rate: "20",
    weight: opts.weight ?? "0.12",
    images: [],
    deleted: false,
  }
}

/** The same catalog batch under another prefix: one simple product and one with two characteristics. */
const batch = (prefix: string) => [
  cml(`${prefix}-simple`, { sku: `${prefix.toUpperCase()}-100`, barcodes: [`${prefix}4600000000017`] }),
  cml(`${prefix}-sized`, { char: "c42", sku: `${prefix.toUpperCase()}-200`, name: "Ботинки", characteristics: [{ name: "Размер", value: "42" }] }),
  cml(`${prefix}-sized`, { char: "c43", sku: `${prefix.toUpperCase()}-200`, name: "Ботинки", characteristics: [{ name: "Размер", value: "43" }] }),
]

const FIELDS = [
  "id", "title", "handle", "subtitle", "description", "status", "external_id", "weight", "metadata", "is_giftcard", "discountable", "thumbnail",
  "collection_id", "type_id", "categories.id", "sales_channels.id", "shipping_profile.id",
  "options.title", "options.is_exclusive", "options.values.value",
  "variants.title", "variants.sku", "variants.barcode", "variants.metadata", "variants.manage_inventory", "variants.allow_backorder", "variants.variant_rank",
  "variants.options.value", "variants.options.option.title",
  "variants.inventory_items.required_quantity", "variants.inventory_items.inventory.sku", "variants.inventory_items.inventory.title", "variants.inventory_items.inventory.requires_shipping",
]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    const original = process.env.ONE_C_PRODUCT_WRITES
    afterAll(() => {
      if (original === undefined) delete process.env.ONE_C_PRODUCT_WRITES
      else process.env.ONE_C_PRODUCT_WRITES = original
    })

    /** Import a batch with the given write path; return the products as Query reads them, ids and the prefix masked. */
    async function importWith(mode: "module" | "sql", prefix: string) {
      const container = getContainer()
      process.env.ONE_C_PRODUCT_WRITES = mode
      const { result } = await applyProductsWorkflow(container).run({ input: { session_id: "s", products: batch(prefix) } })
      expect(result).toEqual(expect.objectContaining({ created: 2, failed: 0 }))
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { external_id: [`${prefix}-simple`, `${prefix}-sized`] } })
      return data
    }

    const masked = (rows: any[], prefix: string) => {
      const re = new RegExp(`${prefix}|${prefix.toUpperCase()}`, "g")
      const norm = (v: any): any => {
        if (Array.isArray(v)) return v.map(norm).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
        if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]))
        // generated ids differ between the two imports; ids of shared rows (category, channel, profile) are equal anyway
        if (typeof v === "string" && /^(prod|variant|opt|optval|iitem)_[0-9A-Z]{26}$/.test(v)) return "<generated id>"
        return typeof v === "string" ? v.replace(re, "P") : v
      }
      return norm(rows)
    }

    it("writes new products set-based exactly as the product, inventory and link modules do", async () => {
      const container = getContainer()
      const productModule = container.resolve(Modules.PRODUCT)
      const [category] = await productModule.createProductCategories([{ name: "Кабели", handle: "cables-rows" }])
      await container.resolve(ONE_C_MODULE).upsertMappings([{ kind: "group", external_id: "grp-cables", internal_id: category.id }])
      const emit = jest.spyOn(container.resolve(Modules.EVENT_BUS), "emit")

      const viaModule = await importWith("module", "mm")
      const viaSql = await importWith("sql", "ss")
      expect(viaSql).toHaveLength(2)
      expect(masked(viaSql, "ss")).toEqual(masked(viaModule, "mm"))
      // the comparison sees real content, not two empty shapes
      const sized = viaSql.find((p: any) => p.external_id === "ss-sized")!
      expect(sized.variants.map((v: any) => v.title).sort()).toEqual(["Размер: 42", "Размер: 43"])
      // issue 18: the characteristic is the option («Размер»), its values plain (no longer «Вариант» = "Размер: 42")
      expect(sized.options.map((o: any) => o.title)).toEqual(["Размер"])
      expect(sized.options[0].values.map((v: any) => v.value).sort()).toEqual(["42", "43"])
      expect(sized.categories.map((c: any) => c.id)).toEqual([category.id])
      expect(sized.sales_channels).toHaveLength(1)
      expect(sized.variants.every((v: any) => v.inventory_items.length === 1 && v.inventory_items[0].inventory.sku === v.sku)).toBe(true)
      expect((viaSql.find((p: any) => p.external_id === "ss-simple") as any).metadata.attributes).toEqual({ "prop-section": "2,5" })

      const names = emit.mock.calls.flatMap((c: any[]) => (Array.isArray(c[0]) ? c[0] : [c[0]])).map((m: any) => `${m.name}:${m.data?.id}`)
      for (const p of viaSql) expect(names).toContain(`product.created:${p.id}`)
      emit.mockRestore()

      // the product module reads them as its own: retrieve with relations, list by SKU, Medusa's option pivots
      const full = await productModule.retrieveProduct(sized.id, { relations: ["variants", "variants.options", "options", "options.values"] })
      expect(full.variants).toHaveLength(2)
      expect((await productModule.listProductVariants({ sku: ["SS-200-c42"] })).length + (await productModule.listProductVariants({ product_id: sized.id })).length).toBeGreaterThanOrEqual(2)
    })

    it("keeps set-based products workable through the modules: unchanged, changed, a new characteristic", async () => {
      const container = getContainer()
      process.env.ONE_C_PRODUCT_WRITES = "sql"
      const first = await applyProductsWorkflow(container).run({ input: { session_id: "s", products: batch("kk") } })
      expect(first.result.created).toBe(2)

      const again = await applyProductsWorkflow(container).run({ input: { session_id: "s", products: batch("kk") } })
      expect(again.result).toEqual(expect.objectContaining({ created: 0, updated: 0, unchanged: 2 }))

      const changed = batch("kk")
      changed[0] = { ...changed[0], name: "Кабель ВВГнг 3х4", description: "Новое описание" }
      changed.push(cml("kk-sized", { char: "c44", sku: "KK-200", name: "Ботинки", characteristics: [{ name: "Размер", value: "44" }] }))
      const third = await applyProductsWorkflow(container).run({ input: { session_id: "s", products: changed } })
      expect(third.result).toEqual(expect.objectContaining({ created: 1, updated: 1, unchanged: 1 }))

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { external_id: ["kk-simple", "kk-sized"] } })
      const simple = data.find((p: any) => p.external_id === "kk-simple")!
      expect(simple.title).toBe("Кабель ВВГнг 3х4")
      expect(simple.description).toBe("Новое описание")
      const sized = data.find((p: any) => p.external_id === "kk-sized")!
      expect(sized.variants.map((v: any) => v.title).sort()).toEqual(["Размер: 42", "Размер: 43", "Размер: 44"])
      // issue 18: the characteristic is the option («Размер»), its values plain
      expect(sized.options.map((o: any) => o.title)).toEqual(["Размер"])
      expect(sized.options[0].values.map((v: any) => v.value).sort()).toEqual(["42", "43", "44"])
      expect(sized.variants.every((v: any) => v.inventory_items.length === 1)).toBe(true)

      // deleting through the module (what a failed batch's compensation does) removes them for Query
      await container.resolve(Modules.PRODUCT).deleteProducts([simple.id])
      const after = await query.graph({ entity: "product", fields: ["id"], filters: { id: simple.id } })
      expect(after.data).toHaveLength(0)
    })

    it("sees a property renamed by a later classifier (the per-process property cache is re-read)", async () => {
      const container = getContainer()
      process.env.ONE_C_PRODUCT_WRITES = "sql"
      const onec = container.resolve(ONE_C_MODULE)
      await onec.upsertMappings([{ kind: "property", external_id: "prop-section", internal_id: "prop-section", data: { name: "Сечение", values: {} } }])
      const run = () => applyProductsWorkflow(container).run({ input: { session_id: "s", products: [cml("pp-simple", { sku: "PP-1" })] } })
      expect((await run()).result.created).toBe(1)
      const attrs = async () => {
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["metadata"], filters: { external_id: "pp-simple" } })
        return (data[0].metadata as any).attributes
      }
      expect(await attrs()).toEqual({ "Сечение": "2,5" })
      await new Promise((r) => setTimeout(r, 5))
      await onec.upsertMappings([{ kind: "property", external_id: "prop-section", internal_id: "prop-section", data: { name: "Сечение, мм²", values: {} } }])
      expect((await run()).result).toEqual(expect.objectContaining({ updated: 1, created: 0 }))
      expect(await attrs()).toEqual({ "Сечение, мм²": "2,5" })
    })

    it("rolls the whole batch back when one row cannot be written", async () => {
      const container = getContainer()
      process.env.ONE_C_PRODUCT_WRITES = "sql"
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const before = Number((await knex.raw(`select count(*) from product`)).rows[0].count)
      const items = Number((await knex.raw(`select count(*) from inventory_item`)).rows[0].count)
      // a category id that does not exist breaks the category pivot after product and variant rows were inserted
      await container.resolve(ONE_C_MODULE).upsertMappings([{ kind: "group", external_id: "grp-ghost", internal_id: "pcat_does_not_exist" }])
      const run = await applyProductsWorkflow(container).run({ input: { session_id: "s", products: batch("gg").map((p) => ({ ...p, group_ids: ["grp-ghost"] })) }, throwOnError: false })
      expect(run.errors.length).toBeGreaterThan(0)
      expect(Number((await knex.raw(`select count(*) from product`)).rows[0].count)).toBe(before)
      expect(Number((await knex.raw(`select count(*) from inventory_item`)).rows[0].count)).toBe(items)
      expect((await container.resolve(ONE_C_MODULE).mappingsFor("product", ["gg-simple", "gg-sized"])).size).toBe(0)
    })
  },
})
