process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"
process.env.ONE_C_STEP_SECONDS = "2"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { mkdtempSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { OneCClient } from "../utils/one-c"
import { rubRegion } from "../utils/b2b"
import migrateCharacteristicOptions from "../../src/scripts/one-c-characteristic-options"

jest.setTimeout(600 * 1000)
const SAMPLES = path.join(__dirname, "../fixtures/1c")

// a stock УТ 11 / CommerceML 2.10 exchange: import.xml lists plain goods, offers.xml carries the
// characteristics as offers "product#characteristic" with ХарактеристикиТовара
const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`
const PAINT = G(1) // characteristics: Цвет × Объём
const GLOVES = G(2) // no characteristics: one variant
const ENAMEL = G(3) // characteristics; its base variant is on an order before they arrive
const PT = G(100)
const WH = G(200)
const C = (n: number) => `aaaaaaa${n}-0000-4000-8000-000000000000`

const importXml = () => `<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация ВерсияСхемы="2.10" ДатаФормирования="2026-12-01T10:00:00">
  <Классификатор><Ид>${G(900)}</Ид><Наименование>Классификатор</Наименование>
    <Группы><Группа><Ид>${G(901)}</Ид><Наименование>Краски</Наименование></Группа></Группы>
  </Классификатор>
  <Каталог СодержитТолькоИзменения="false"><Ид>${G(902)}</Ид><ИдКлассификатора>${G(900)}</ИдКлассификатора><Наименование>Каталог</Наименование>
    <Товары>
      <Товар><Ид>${PAINT}</Ид><Артикул>PAINT</Артикул><Наименование>Краска интерьерная</Наименование><Группы><Ид>${G(901)}</Ид></Группы></Товар>
      <Товар><Ид>${GLOVES}</Ид><Артикул>GLOVES</Артикул><Наименование>Перчатки рабочие</Наименование><Группы><Ид>${G(901)}</Ид></Группы></Товар>
      <Товар><Ид>${ENAMEL}</Ид><Артикул>ENAMEL</Артикул><Наименование>Эмаль ПФ-115</Наименование><Группы><Ид>${G(901)}</Ид></Группы></Товар>
    </Товары>
  </Каталог>
</КоммерческаяИнформация>`

type Offer = { id: string; chars?: [string, string][]; price: string; qty: number }
const offersXml = (offers: Offer[], onlyChanges = false) => `<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация ВерсияСхемы="2.10" ДатаФормирования="2026-12-01T10:00:00">
  <ПакетПредложений СодержитТолькоИзменения="${onlyChanges}"><Ид>${G(902)}#</Ид><Наименование>Пакет предложений</Наименование><ИдКаталога>${G(902)}</ИдКаталога><ИдКлассификатора>${G(900)}</ИдКлассификатора>
    <ТипыЦен><ТипЦены><Ид>${PT}</Ид><Наименование>Оптовая</Наименование><Валюта>RUB</Валюта><Налог><Наименование>НДС</Наименование><УчтеноВСумме>true</УчтеноВСумме></Налог></ТипЦены></ТипыЦен>
    <Склады><Склад><Ид>${WH}</Ид><Наименование>Склад Москва</Наименование></Склад></Склады>
    <Предложения>${offers
      .map(
        (o) => `
      <Предложение><Ид>${o.id}</Ид><Наименование>предложение</Наименование>${
        o.chars ? `<ХарактеристикиТовара>${o.chars.map(([n, v]) => `<ХарактеристикаТовара><Наименование>${n}</Наименование><Значение>${v}</Значение></ХарактеристикаТовара>`).join("")}</ХарактеристикиТовара>` : ""
      }<Цены><Цена><ИдТипаЦены>${PT}</ИдТипаЦены><ЦенаЗаЕдиницу>${o.price}</ЦенаЗаЕдиницу><Валюта>RUB</Валюта></Цена></Цены><Количество>${o.qty}</Количество><Склад ИдСклада="${WH}" КоличествоНаСкладе="${o.qty}"/></Предложение>`
      )
      .join("")}
    </Предложения>
  </ПакетПредложений>
</КоммерческаяИнформация>`

const firstOffers: Offer[] = [
  { id: `${PAINT}#${C(1)}`, chars: [["Цвет", "Белый"], ["Объём", "0,9 л"]], price: "450.00", qty: 7 },
  // another spelling of the same characteristic names: one option each
  { id: `${PAINT}#${C(2)}`, chars: [["цвет", "Белый"], ["Объем ", "2,5 л"]], price: "1100.00", qty: 3 },
  { id: `${PAINT}#${C(3)}`, chars: [["Цвет", "Чёрный"], ["Объём", "0,9 л"]], price: "470.00", qty: 0 },
  // the same values as C(1) under another characteristic id: kept apart
  { id: `${PAINT}#${C(4)}`, chars: [["Цвет", "Белый"], ["Объём", "0,9 л"]], price: "455.00", qty: 1 },
  { id: GLOVES, price: "85.50", qty: 100 },
  { id: `${ENAMEL}#${C(5)}`, chars: [["Цвет", "Красный"]], price: "300.00", qty: 5 },
  { id: `${ENAMEL}#${C(6)}`, chars: [["Цвет", "Синий"]], price: "310.00", qty: 6 },
]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const c = () => getContainer()
    const dir = mkdtempSync(path.join(os.tmpdir(), "cml-chars-"))
    const write = (name: string, xml: string) => {
      const p = path.join(dir, name)
      writeFileSync(p, xml)
      return { name, path: p }
    }
    const exchange = async (files: { name: string; path: string }[]) => {
      const r = await new OneCClient(api).exchangeFiles("catalog", files)
      for (const f of files) expect([f.name, r[f.name].lines[0]]).toEqual([f.name, "success"])
      return r
    }
    const product = async (externalId: string) => {
      const { data } = await c()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product",
          fields: ["id", "title", "options.title", "options.values.value", "variants.id", "variants.title", "variants.metadata", "variants.manage_inventory", "variants.allow_backorder", "variants.options.value", "variants.options.option.title"],
          filters: { external_id: externalId },
        })
      return data[0] as any
    }
    const valuesOf = (v: any) => Object.fromEntries((v.options ?? []).map((o: any) => [o.option.title, o.value]))
    const byOneC = (p: any, id: string) => p.variants.find((v: any) => v.metadata?.one_c_id === id)
    const priceOf = async (variantId: string) =>
      (await c().resolve<any>("pricing_contract").listPcVariantPrices({ variant_id: variantId }, { take: null })).map((p: any) => String(Number(p.amount)))
    const stockOf = async (variantId: string) => {
      const { data } = await c()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["inventory_items.inventory.location_levels.stocked_quantity"], filters: { id: variantId } })
      return (data[0] as any).inventory_items.flatMap((i: any) => i.inventory.location_levels.map((l: any) => Number(l.stocked_quantity)))
    }
    const orderWith = async (variantId: string) => {
      const { createOrderWorkflow } = await import("@medusajs/medusa/core-flows")
      const [sc] = await c().resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1 })
      return (
        await createOrderWorkflow(c()).run({
          input: { region_id: await rubRegion(c()), email: "buyer@test.local", currency_code: "rub", sales_channel_id: sc.id, items: [{ variant_id: variantId, quantity: 2, unit_price: 300, title: "Эмаль" }] } as any,
        })
      ).result
    }
    /** an order placed before (when the variant still had stock): the order module's own rows */
    const pastOrderWith = async (variantId: string) =>
      (await c().resolve(Modules.ORDER).createOrders([{ email: "buyer@test.local", currency_code: "rub", items: [{ variant_id: variantId, quantity: 1, unit_price: 300, title: "Эмаль" }] }] as any))[0] as any
    const sessionLog = async () =>
      (await c().resolve<any>("one_c").listOnecLogs({}, { take: null })).map((l: any) => l.message ?? "").join("\n")

    it("2.10: characteristics only in offers become options (first spelling kept), the base variant goes (or stays unsellable when ordered), stock and prices per variant; facets offer the values", async () => {
      await exchange([write("import.xml", importXml())])
      // before the offers: every product has its one base variant; the enamel's is ordered
      const enamelBase = (await product(ENAMEL)).variants[0]
      expect((await product(ENAMEL)).variants).toHaveLength(1)
      const order = await pastOrderWith(enamelBase.id)

      const r = await exchange([write("offers.xml", offersXml(firstOffers))])

      const paint = await product(PAINT)
      expect(paint.options.map((o: any) => o.title)).toEqual(expect.arrayContaining(["Цвет", "Объём"]))
      expect(paint.options).toHaveLength(2)
      expect(paint.variants.map((v: any) => v.metadata.one_c_id).sort()).toEqual([1, 2, 3, 4].map((n) => `${PAINT}#${C(n)}`).sort()) // no «Основной»
      expect(valuesOf(byOneC(paint, `${PAINT}#${C(1)}`))).toEqual({ "Цвет": "Белый", "Объём": "0,9 л" })
      expect(valuesOf(byOneC(paint, `${PAINT}#${C(2)}`))).toEqual({ "Цвет": "Белый", "Объём": "2,5 л" })
      expect(valuesOf(byOneC(paint, `${PAINT}#${C(3)}`))).toEqual({ "Цвет": "Чёрный", "Объём": "0,9 л" })
      // the colliding characteristic: same colour, its volume tagged with its short id, and a warning
      expect(valuesOf(byOneC(paint, `${PAINT}#${C(4)}`))).toEqual({ "Цвет": "Белый", "Объём": "0,9 л (aaaaaaa4)" })
      expect(r["offers.xml"].text).toMatch(/Предупреждение: .*aaaaaaa4/)
      const volume = paint.options.find((o: any) => o.title === "Объём")
      expect(volume.values.map((v: any) => v.value).sort()).toEqual(["0,9 л", "0,9 л (aaaaaaa4)", "2,5 л"])
      // prices and stock per variant
      expect(await priceOf(byOneC(paint, `${PAINT}#${C(1)}`).id)).toEqual(["450"])
      expect(await priceOf(byOneC(paint, `${PAINT}#${C(2)}`).id)).toEqual(["1100"])
      expect(await stockOf(byOneC(paint, `${PAINT}#${C(1)}`).id)).toEqual([7])
      expect(await stockOf(byOneC(paint, `${PAINT}#${C(2)}`).id)).toEqual([3])

      // no characteristics: exactly one variant, priced and stocked
      const gloves = await product(GLOVES)
      expect(gloves.variants).toHaveLength(1)
      expect(await priceOf(gloves.variants[0].id)).toEqual(["85.5"])
      expect(await stockOf(gloves.variants[0].id)).toEqual([100])

      // the enamel's base variant is on an order: kept (same id, the order's line intact), out of stock, not sellable
      const enamel = await product(ENAMEL)
      expect(enamel.options.map((o: any) => o.title)).toEqual(["Цвет"])
      const kept = enamel.variants.find((v: any) => v.id === enamelBase.id)
      expect(kept.metadata.one_c_retired).toBe(true)
      expect([kept.manage_inventory, kept.allow_backorder]).toEqual([true, false])
      expect(kept.options).toEqual([])
      expect((await stockOf(kept.id)).every((q: number) => q === 0)).toBe(true)
      expect(enamel.variants).toHaveLength(3)
      const lines = await c().resolve(Modules.ORDER).listOrderLineItems({ variant_id: enamelBase.id })
      expect(lines.map((l: any) => l.id)).toEqual([order.items![0].id])
      expect(await sessionLog()).toMatch(/Эмаль ПФ-115.*есть в заказах или корзинах/)
      // the paint's base variant was not on an order: soft-deleted, its mapping gone
      expect(await sessionLog()).toMatch(/Краска интерьерная.*удалён/)
      const maps = await c().resolve<any>("one_c").mappingsFor("variant", [PAINT, ENAMEL])
      expect([maps.has(PAINT), maps.has(ENAMEL)]).toEqual([false, true])

      // the same files again: nothing changes
      const again = await exchange([write("offers.xml", offersXml(firstOffers))])
      expect(again["offers.xml"].text).toMatch(/создано 0, изменено 0/)
      expect((await product(PAINT)).variants).toHaveLength(4)

      // the storefront: facets offer the option values beside the properties; filtering by them works
      const pk = (await c().resolve(Modules.API_KEY).createApiKeys({ title: "sf", type: "publishable", created_by: "t" }))
      const { data: withChannel } = await c().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["sales_channels.id"], filters: { id: paint.id } })
      await c().resolve(ContainerRegistrationKeys.LINK).create({ [Modules.API_KEY]: { publishable_key_id: pk.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: (withChannel[0] as any).sales_channels[0].id } })
      const h = { headers: { "x-publishable-api-key": pk.token } }
      const facets = (await api.get(`/store/b2b/catalog/facets`, h)).data.facets as any[]
      const colour = facets.find((f) => f.kind === "option" && f.name === "Цвет")
      expect(colour.values).toEqual([
        { value: "Белый", count: 1 },
        { value: "Красный", count: 1 },
        { value: "Синий", count: 1 },
        { value: "Чёрный", count: 1 },
      ])
      expect(facets.find((f) => f.kind === "option" && f.name === "Объём").values.map((v: any) => v.value).sort()).toEqual(["0,9 л", "0,9 л (aaaaaaa4)", "2,5 л"])
      expect(facets.some((f) => f.name === "Вариант")).toBe(false) // the placeholder of the gloves is no choice
      const titles = async (qs: string) => ((await api.get(`/store/b2b/catalog/products?${qs}`, h)).data.products as any[]).map((p) => p.title).sort()
      expect(await titles(`opt[${encodeURIComponent("Цвет")}]=${encodeURIComponent("Чёрный")}`)).toEqual(["Краска интерьерная"])
      expect(await titles(`opt[${encodeURIComponent("цвет")}]=${encodeURIComponent("Синий|Чёрный")}`)).toEqual(["Краска интерьерная", "Эмаль ПФ-115"])
      expect(await titles(`opt[${encodeURIComponent("Объем")}]=${encodeURIComponent("2,5 л")}&opt[${encodeURIComponent("Цвет")}]=${encodeURIComponent("Красный")}`)).toEqual([])
      // a filtered option still lists its other values; the other option's counts follow the filter
      const filtered = (await api.get(`/store/b2b/catalog/facets?opt[${encodeURIComponent("Цвет")}]=${encodeURIComponent("Красный")}`, h)).data.facets as any[]
      expect(filtered.find((f) => f.name === "Цвет").values.map((v: any) => v.value)).toEqual(["Белый", "Красный", "Синий", "Чёрный"])
      expect(filtered.find((f) => f.name === "Объём")).toBeUndefined()
      expect((await api.get(`/store/b2b/catalog/products?opt=x`, { ...h, validateStatus: () => true })).status).toBe(400)
      // what a picker per option needs: options with values, each variant's values
      const listed = (await api.get(`/store/b2b/catalog/products?q=${encodeURIComponent("Краска")}`, h)).data.products[0]
      expect(listed.options.find((o: any) => o.title === "Цвет").values.sort()).toEqual(["Белый", "Чёрный"])
      expect(listed.variants.find((v: any) => v.id === byOneC(paint, `${PAINT}#${C(2)}`).id).options).toEqual({ "Цвет": "Белый", "Объём": "2,5 л" })
      expect((await api.get(`/store/b2b/catalog/products?q=${encodeURIComponent("Перчатки")}`, h)).data.products[0].options).toEqual([])
      // Medusa's own store API gives the same to a product page: options with values, variants with theirs
      const medusa = (await api.get(`/store/products/${paint.id}`, h)).data.product
      expect(medusa.options.map((o: any) => o.title).sort()).toEqual(["Объём", "Цвет"])
      const v2 = medusa.variants.find((v: any) => v.id === byOneC(paint, `${PAINT}#${C(2)}`).id)
      expect(Object.fromEntries(v2.options.map((o: any) => [medusa.options.find((x: any) => x.id === o.option_id).title, o.value]))).toEqual({ "Цвет": "Белый", "Объём": "2,5 л" })
    })

    it("2.04: characteristics inside Товар in import.xml become options from the start (no «Основной»), prices per variant", async () => {
      await exchange(["import.xml", "offers.xml"].map((n) => ({ name: n, path: path.join(SAMPLES, "01-1c-official-examples", n) })))
      const table = await product("05e26d70-01e4-11dc-a411-00055d80a2d1")
      expect(table.options.map((o: any) => o.title)).toEqual(["Цвет"])
      expect(table.options[0].values.map((v: any) => v.value).sort()).toEqual(["Белый", "Красный"])
      expect(table.variants.map((v: any) => valuesOf(v)["Цвет"]).sort()).toEqual(["Белый", "Красный"])
      expect(table.variants.some((v: any) => /Основной/.test(v.title))).toBe(false)
      const white = byOneC(table, "05e26d70-01e4-11dc-a411-00055d80a2d1#05e26d76-01e4-11dc-a411-00055d80a2d1")
      expect(white.title).toBe("Цвет: Белый")
      expect((await priceOf(white.id)).length).toBeGreaterThan(0)
      const chairs = await product("05e26d77-01e4-11dc-a411-00055d80a2d1")
      expect(chairs.variants).toHaveLength(2)
      expect(chairs.options.map((o: any) => o.title)).toEqual(["Цвет"])
    })

    it("a later file that adds a value and an option keeps variant ids, prices, stock and an order's lines", async () => {
      await exchange([write("import.xml", importXml()), write("offers.xml", offersXml(firstOffers))])
      const before = await product(PAINT)
      const ordered = byOneC(before, `${PAINT}#${C(1)}`)
      const order = await orderWith(ordered.id)
      const idsBefore = Object.fromEntries(before.variants.map((v: any) => [v.metadata.one_c_id, v.id]))

      // next export: every characteristic gains «Блеск»; C(3) is now «Серый» (Чёрный no longer used); a new C(7) «Красный»
      const gloss: [string, string] = ["Блеск", "Матовый"]
      const next: Offer[] = [
        { id: `${PAINT}#${C(1)}`, chars: [["Цвет", "Белый"], ["Объём", "0,9 л"], gloss], price: "450.00", qty: 7 },
        { id: `${PAINT}#${C(2)}`, chars: [["Цвет", "Белый"], ["Объём", "2,5 л"], gloss], price: "1100.00", qty: 3 },
        { id: `${PAINT}#${C(3)}`, chars: [["Цвет", "Серый"], ["Объём", "0,9 л"], gloss], price: "470.00", qty: 0 },
        { id: `${PAINT}#${C(4)}`, chars: [["Цвет", "Белый"], ["Объём", "0,9 л"], ["Блеск", "Глянцевый"]], price: "455.00", qty: 1 },
        { id: `${PAINT}#${C(7)}`, chars: [["Цвет", "Красный"], ["Объём", "0,9 л"], gloss], price: "480.00", qty: 2 },
      ]
      await exchange([write("offers.xml", offersXml(next))])
      const after = await product(PAINT)
      expect(after.options.map((o: any) => o.title).sort()).toEqual(["Блеск", "Объём", "Цвет"])
      for (const [ext, id] of Object.entries(idsBefore)) expect(byOneC(after, ext)?.id).toBe(id)
      expect(after.variants).toHaveLength(5)
      expect(valuesOf(byOneC(after, `${PAINT}#${C(3)}`))).toEqual({ "Цвет": "Серый", "Объём": "0,9 л", "Блеск": "Матовый" })
      // no longer colliding: C(4) differs by its gloss now, its values are plain
      expect(valuesOf(byOneC(after, `${PAINT}#${C(4)}`))).toEqual({ "Цвет": "Белый", "Объём": "0,9 л", "Блеск": "Глянцевый" })
      expect(valuesOf(byOneC(after, `${PAINT}#${C(7)}`))).toEqual({ "Цвет": "Красный", "Объём": "0,9 л", "Блеск": "Матовый" })
      const colours = after.options.find((o: any) => o.title === "Цвет").values.map((v: any) => v.value).sort()
      expect(colours).toEqual(["Белый", "Красный", "Серый"]) // «Чёрный» no variant uses any more
      // the ordered variant: same id, price and stock; the order's line still points at it
      expect(await priceOf(ordered.id)).toEqual(["450"])
      expect(await stockOf(ordered.id)).toEqual([7])
      const [line] = await c().resolve(Modules.ORDER).listOrderLineItems({ id: order.items![0].id })
      expect(line.variant_id).toBe(ordered.id)
      expect(await priceOf(byOneC(after, `${PAINT}#${C(7)}`).id)).toEqual(["480"])
    })

    it("the migration script converts a product imported with the single «Вариант» option, once", async () => {
      const productModule = c().resolve(Modules.PRODUCT)
      const base = G(500)
      const white = "Цвет: Белый, Объём: 0,9 л"
      const black = "Цвет: Чёрный, Объём: 0,9 л"
      const [old] = await productModule.createProducts([
        {
          title: "Краска старая",
          external_id: base,
          status: "published",
          options: [{ title: "Вариант", values: ["Основной", white, black] }],
          variants: [
            { title: "Основной", sku: "OLD-0", options: { "Вариант": "Основной" }, metadata: { one_c_id: base } },
            { title: white, sku: "OLD-1", options: { "Вариант": white }, metadata: { one_c_id: `${base}#${C(1)}` } },
            { title: black, sku: "OLD-2", options: { "Вариант": black }, metadata: { one_c_id: `${base}#${C(2)}` } },
          ],
        },
      ])
      const ids = Object.fromEntries(old.variants.map((v: any) => [v.title, v.id]))
      // a second old product whose base variant sits in a buyer's cart: kept, unsellable
      const base2 = G(501)
      const [old2] = await productModule.createProducts([
        {
          title: "Грунт старый",
          external_id: base2,
          status: "published",
          options: [{ title: "Вариант", values: ["Основной", "Цвет: Серый"] }],
          variants: [
            { title: "Основной", sku: "OLD2-0", options: { "Вариант": "Основной" }, metadata: { one_c_id: base2 } },
            { title: "Цвет: Серый", sku: "OLD2-1", options: { "Вариант": "Цвет: Серый" }, metadata: { one_c_id: `${base2}#${C(3)}` } },
          ],
        },
      ])
      const base2Id = old2.variants.find((v: any) => v.title === "Основной")!.id
      await c().resolve(Modules.CART).createCarts([{ currency_code: "rub", items: [{ variant_id: base2Id, quantity: 1, unit_price: 10, title: "Грунт" }] }] as any)
      await c().resolve<any>("one_c").upsertMappings([
        { kind: "product", external_id: base, internal_id: old.id },
        ...old.variants.map((v: any) => ({ kind: "variant", external_id: v.metadata.one_c_id, internal_id: v.id, parent_internal_id: old.id })),
      ])

      const first = await migrateCharacteristicOptions({ container: c(), args: [] } as any)
      expect(first).toEqual(expect.objectContaining({ products: 2, variants_updated: 3, base_removed: 1 }))
      expect(first.messages.join("\n")).toMatch(/Грунт старый.*есть в заказах или корзинах/)
      const p2 = await product(base2)
      expect(p2.options.map((o: any) => o.title)).toEqual(["Цвет"])
      expect(p2.variants.find((v: any) => v.id === base2Id).metadata.one_c_retired).toBe(true)
      const p = await product(base)
      expect(p.options.map((o: any) => o.title).sort()).toEqual(["Объём", "Цвет"])
      expect(p.variants.map((v: any) => v.id).sort()).toEqual([ids[white], ids[black]].sort())
      expect(valuesOf(p.variants.find((v: any) => v.id === ids[black]))).toEqual({ "Цвет": "Чёрный", "Объём": "0,9 л" })
      expect((await c().resolve<any>("one_c").mappingsFor("variant", [base])).size).toBe(0)

      const second = await migrateCharacteristicOptions({ container: c(), args: [] } as any)
      expect(second).toEqual(expect.objectContaining({ products: 0, variants_updated: 0, base_removed: 0 }))
      expect((await product(base)).variants.map((v: any) => v.id).sort()).toEqual([ids[white], ids[black]].sort())
    })
  },
})
