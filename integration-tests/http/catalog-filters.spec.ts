process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"
process.env.ONE_C_STEP_SECONDS = "2"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import path from "node:path"
import { statusOf, storefrontKey, uniq } from "../utils/b2b"
import { OneCClient } from "../utils/one-c"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("filters the catalog by attributes (OR within one, AND across), by category subtree and sales channel; facets count", async () => {
      const c = getContainer()
      const { sc, pk } = await storefrontKey(c)
      const other = await storefrontKey(c)
      const { result: [cables] } = await createProductCategoriesWorkflow(c).run({ input: { product_categories: [{ name: "Кабель", is_active: true }] } })
      const { result: [copper] } = await createProductCategoriesWorkflow(c).run({ input: { product_categories: [{ name: "Медный", is_active: true, parent_category_id: cables.id }] } })
      const mk = (title: string, attributes: Record<string, string | string[]>, category: string, channel = sc.id, status = "published", sku = uniq("SKU")) => ({
        title, status, handle: uniq("p"), category_ids: [category], sales_channels: [{ id: channel }], metadata: { attributes },
        options: [{ title: "Вариант", values: ["Основной"] }], variants: [{ title: "Основной", sku, barcode: `${sku}-EAN`, options: { "Вариант": "Основной" }, manage_inventory: false }],
      })
      const abbSku = uniq("ART-ABB")
      await createProductsWorkflow(c).run({
        input: {
          products: [
            mk("ВВГ 3x1,5 Legrand", { "Производитель": "Legrand", "Сечение": ["1,5", "2,5"] }, copper.id),
            mk("ВВГ 3x2,5 ABB", { "Производитель": "ABB", "Сечение": "2,5" }, copper.id, sc.id, "published", abbSku),
            mk("NYM 3x1,5 IEK", { "Производитель": "IEK", "Сечение": "1,5" }, cables.id),
            mk("Черновик Legrand", { "Производитель": "Legrand" }, cables.id, sc.id, "draft"),
            mk("Чужой канал Legrand", { "Производитель": "Legrand" }, cables.id, other.sc.id),
          ] as any,
        },
      })
      const h = { headers: { "x-publishable-api-key": pk } }
      const titles = async (qs: string) => ((await api.get(`/store/b2b/catalog/products?${qs}`, h)).data.products as any[]).map((p) => p.title).sort()

      // search: by name, by article (part of a SKU, any case), by barcode; % typed by the buyer is literal
      expect(await titles(`q=${encodeURIComponent("abb")}`)).toEqual(["ВВГ 3x2,5 ABB"])
      expect(await titles(`q=${encodeURIComponent(abbSku.slice(2).toLowerCase())}`)).toEqual(["ВВГ 3x2,5 ABB"])
      expect(await titles(`q=${encodeURIComponent(`${abbSku}-EAN`)}`)).toEqual(["ВВГ 3x2,5 ABB"])
      expect(await titles(`q=${encodeURIComponent("%")}`)).toEqual([])

      expect(await titles("")).toEqual(["NYM 3x1,5 IEK", "ВВГ 3x1,5 Legrand", "ВВГ 3x2,5 ABB"]) // no draft, no other channel
      expect(await titles(`attr[${encodeURIComponent("Производитель")}]=Legrand`)).toEqual(["ВВГ 3x1,5 Legrand"])
      expect(await titles(`attr[${encodeURIComponent("Производитель")}]=Legrand|ABB`)).toEqual(["ВВГ 3x1,5 Legrand", "ВВГ 3x2,5 ABB"])
      // a value given alone and a value inside a list both match
      expect(await titles(`attr[${encodeURIComponent("Сечение")}]=${encodeURIComponent("2,5")}`)).toEqual(["ВВГ 3x1,5 Legrand", "ВВГ 3x2,5 ABB"])
      expect(await titles(`attr[${encodeURIComponent("Сечение")}]=${encodeURIComponent("1,5")}&attr[${encodeURIComponent("Производитель")}]=IEK`)).toEqual(["NYM 3x1,5 IEK"])
      // category subtree: the parent includes its child's products
      expect(await titles(`category_id=${copper.id}`)).toEqual(["ВВГ 3x1,5 Legrand", "ВВГ 3x2,5 ABB"])
      expect((await titles(`category_id=${cables.id}`)).length).toBe(3)
      const page = (await api.get(`/store/b2b/catalog/products?limit=2&offset=2`, h)).data
      expect([page.count, page.products.length]).toEqual([3, 1])

      const f = (await api.get(`/store/b2b/catalog/facets`, h)).data.facets as any[]
      const maker = f.find((x) => x.name === "Производитель")
      expect(maker.products).toBe(3)
      expect(maker.values).toEqual([{ value: "ABB", count: 1 }, { value: "IEK", count: 1 }, { value: "Legrand", count: 1 }])
      expect(f.find((x) => x.name === "Сечение").values).toEqual([{ value: "1,5", count: 2 }, { value: "2,5", count: 2 }])
      // filtered by a maker: the other makers are still offered, the cross-section counts follow the filter
      const g = (await api.get(`/store/b2b/catalog/facets?attr[${encodeURIComponent("Производитель")}]=Legrand`, h)).data.facets as any[]
      expect(g.find((x) => x.name === "Производитель").values.map((v: any) => v.value)).toEqual(["ABB", "IEK", "Legrand"])
      expect(g.find((x) => x.name === "Сечение").values).toEqual([{ value: "1,5", count: 1 }, { value: "2,5", count: 1 }])

      // bad input names the parameter
      const bad = await api.get(`/store/b2b/catalog/products?limit=1000`, { ...h, validateStatus: () => true })
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.data)).toMatch(/limit/)
      expect(await statusOf(api.get(`/store/b2b/catalog/products?attr=Legrand`, h))).toBe(400)
      expect(await statusOf(api.get(`/store/b2b/catalog/products?attr[x]=`, h))).toBe(400)

      // the containment index exists on the product table
      const knex = c.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const { rows } = await knex.raw(`select indexdef from pg_indexes where indexname = 'IDX_b2b_product_attributes'`)
      expect(rows[0]?.indexdef).toMatch(/gin .*attributes.*jsonb_path_ops/i)
    })

    it("1C properties of an imported catalog become filters with their reference values", async () => {
      const c = getContainer()
      const cl = new OneCClient(api)
      const dir = path.join(__dirname, "../fixtures/1c/04-ut-2.05-delta")
      const r = await cl.exchangeFiles("catalog", [{ name: "import.xml", path: path.join(dir, "import.xml") }])
      expect(r["import.xml"].lines[0]).toBe("success")
      const { data: imported } = await c.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "external_id", "sales_channels.id"] })
      const p = (imported as any[]).find((x) => x.external_id && x.sales_channels?.length)
      const key = await c.resolve(Modules.API_KEY).createApiKeys({ title: "sf", type: "publishable", created_by: "test" })
      await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.API_KEY]: { publishable_key_id: key.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: (p as any).sales_channels[0].id } })
      const h = { headers: { "x-publishable-api-key": key.token } }
      const f = (await api.get(`/store/b2b/catalog/facets`, h)).data.facets as any[]
      const brand = f.find((x) => x.name === "Бренд")
      expect(brand).toBeTruthy()
      // reference values arrive as names, not 1C ids
      expect(brand.values.every((v: any) => !/^[0-9a-f-]{36}$/.test(v.value))).toBe(true)
      const v = brand.values[0]
      const found = (await api.get(`/store/b2b/catalog/products?attr[${encodeURIComponent("Бренд")}]=${encodeURIComponent(v.value)}`, h)).data
      expect(found.count).toBe(v.count)
      expect(found.products.every((x: any) => [x.attributes["Бренд"]].flat().includes(v.value))).toBe(true)
    })
  },
})
