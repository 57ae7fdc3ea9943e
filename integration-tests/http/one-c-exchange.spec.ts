// The exchange credentials and a small time budget per import call (so 1C sees `progress`) must be
// in the environment before the app boots.
process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"
process.env.ONE_C_STEP_SECONDS = process.env.ONE_C_STEP_SECONDS ?? "0.3"
process.env.ONE_C_BATCH_SIZE = "20"
process.env.ONE_C_ZIP_MAX_MB = "5"
process.env.ONE_C_FILE_LIMIT = String(256 * 1024)

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, readdirSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import iconv from "iconv-lite"
import { createAdmin, createCompany, createCustomer } from "../utils/b2b"
import { OneCClient } from "../utils/one-c"

jest.setTimeout(900 * 1000)
const SAMPLES = path.join(__dirname, "../fixtures/1c")
const file = (dir: string, name: string) => ({ name, path: path.join(SAMPLES, dir, name) })

/** A zip made with Python's zipfile (present on every CI machine here): entries as given, deflated. */
function makeZip(entries: Record<string, string | { zeros: number }>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zip-"))
  const out = path.join(dir, "goods.zip")
  const script = `
import sys, zipfile, json
spec = json.loads(sys.argv[2])
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name, v in spec.items():
        if isinstance(v, dict):
            with z.open(name, "w") as f:
                chunk = b"0" * 1048576
                for _ in range(v["zeros"] // 1048576): f.write(chunk)
        else:
            z.writestr(name, open(v, "rb").read() if v.startswith("/") else v)
`
  execFileSync("python3", ["-c", script, out, JSON.stringify(entries)])
  return readFileSync(out)
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    beforeEach(async () => {
      admin = await createAdmin(getContainer())
    })
    const c = () => getContainer()
    const products = async () => (await c().resolve(Modules.PRODUCT).listProducts({}, { relations: ["variants", "categories"], take: null })) as any[]

    it("handshake: Basic auth, cookie and sessid lines, plain windows-1251 keywords without BOM, clear failures", async () => {
      const anon = await api.get(`/1c/exchange?type=catalog&mode=checkauth`, { validateStatus: () => true })
      expect(anon.status).toBe(401)
      expect(anon.headers["www-authenticate"]).toMatch(/Basic/)
      const wrong = await new OneCClient(api, "exchange", "nope").call("catalog", "checkauth")
      expect(wrong.lines.slice(0, 2)).toEqual(["failure", "Неверный логин или пароль"])
      expect(wrong.headers["content-type"]).toMatch(/charset=windows-1251/)
      const cl = new OneCClient(api)
      const { auth, init } = await cl.start("catalog", "2.07")
      expect(auth.raw.subarray(0, 7).toString("ascii")).toBe("success") // nothing before the keyword
      expect(auth.lines[1]).toBe("ONEC_EXCHANGE")
      expect(auth.lines[3]).toMatch(/^sessid=[0-9a-f]{32}$/)
      expect(auth.lines[4]).toMatch(/^timestamp=\d{10}$/)
      expect(init.lines.slice(0, 2)).toEqual(["zip=yes", `file_limit=${256 * 1024}`])
      expect(init.text).toContain("version=")
      // no session cookie → failure (HTTP 200); unknown mode → failure
      expect((await new OneCClient(api).call("catalog", "init")).lines[0]).toBe("failure")
      expect((await cl.call("catalog", "nonsense")).lines).toEqual(expect.arrayContaining(["failure", "Неизвестная команда."]))
      expect((await cl.call("catalog", "file", { filename: "../../etc/passwd" }, Buffer.from("x"))).lines[0]).toBe("failure")
      expect((await cl.call("catalog", "file", { filename: "shell.php" }, Buffer.from("x"))).lines[0]).toBe("failure")
      expect((await cl.call("catalog", "import", { filename: "missing.xml" })).text).toMatch(/^failure\nФайл missing.xml не найден/)
    })

    it("full catalog + offers with warehouses through the protocol (chunked upload, step-by-step import); re-import changes nothing", async () => {
      const cl = new OneCClient(api)
      const files = [file("05-ut11-2.07-warehouses", "import0_1.xml"), file("05-ut11-2.07-warehouses", "offers0_1.xml")]
      // a budget so small that every call stops after its first staged batch (40 objects): reading
      // goes on from the cursor the previous call left, possibly on another instance
      const budget = process.env.ONE_C_STEP_SECONDS
      process.env.ONE_C_STEP_SECONDS = "0.000001"
      const r = await cl.exchangeFiles("catalog", files, 64 * 1024).finally(() => (process.env.ONE_C_STEP_SECONDS = budget)) // several chunks per file
      expect(r["import0_1.xml"].lines[0]).toBe("success")
      expect(r["import0_1.xml"].calls).toBeGreaterThan(1) // progress answers in between
      const reads = (await c().resolve<any>("one_c").listOnecLogs({ mode: "import", status: "progress" }, { take: null, order: { created_at: "ASC" } }))
        .map((l: any) => /Прочитано объектов файла (\S+): (\d+)/.exec(l.message ?? ""))
        .filter(Boolean)
        .map((m: any) => [m[1], Number(m[2])])
      for (const f of ["import0_1.xml", "offers0_1.xml"]) {
        const staged = reads.filter(([x]: any) => x === f).map(([, n]: any) => n)
        expect(staged.length).toBeGreaterThanOrEqual(1)
        expect(staged).toEqual(staged.map((_: number, i: number) => 40 * (i + 1)))
      }
      expect(r["offers0_1.xml"].lines[0]).toBe("success")
      const ps = await products()
      expect(ps.length).toBe(36)
      expect(ps.filter((p) => p.status === "draft").length).toBe(1) // <Товар Статус="Удален"> is archived, not published
      expect(ps.every((p) => p.external_id && p.variants.length >= 1)).toBe(true)
      expect(ps.filter((p) => p.categories.length).length).toBeGreaterThanOrEqual(35)
      // 3 warehouses → stock locations with levels; prices per price type
      const locations = await c().resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: null })
      expect(locations.length).toBeGreaterThanOrEqual(3)
      const levels = await c().resolve(Modules.INVENTORY).listInventoryLevels({}, { take: null })
      expect(levels.length).toBeGreaterThan(30)
      const prices = await c().resolve<any>("pricing_contract").listPcVariantPrices({}, { take: null })
      expect(prices.length).toBeGreaterThan(30)
      expect(r["offers0_1.xml"].text).toMatch(/не найдено 8/) // 8 offers of products not in this import

      // the same files again, new session: nothing created or changed
      const again = await new OneCClient(api).exchangeFiles("catalog", files)
      expect(again["import0_1.xml"].text).toMatch(/создано 0, изменено 0, без изменений \d+/)
      expect(again["offers0_1.xml"].text).toMatch(/создано 0, изменено 0, без изменений \d+/)
      expect((await products()).length).toBe(36)
      // the exchange log keeps every step
      const log = await c().resolve<any>("one_c").listOnecLogs({}, { take: null })
      expect(log.some((l: any) => l.mode === "import" && l.status === "progress")).toBe(true)
    })

    it("every sample set imports: 2.04 characteristics, price types in USD, delta, namespaces, split packages, 2.10 classifier", async () => {
      const sets: [string, string[]][] = [
        ["01-1c-official-examples", ["import.xml", "offers.xml"]],
        ["02-ut-2.04-characteristics", ["import.xml", "offers.xml"]],
        ["03-ut11-2.04-price-types-pictures", ["import.xml", "offers.xml"]],
        ["04-ut-2.05-delta", ["import.xml", "offers.xml"]],
        ["06-ut11-2.07-demo", ["import.xml", "offers.xml"]],
        ["05-ut11-2.07-warehouses", ["import0_1_with_nested_groups.xml", "offers0_1.xml"]],
        ["07-ut11-2.08-ns210", ["import.xml", "offers.xml"]],
        ["08-ut11-2.09-package-delta", readdirSync(path.join(SAMPLES, "08-ut11-2.09-package-delta")).sort((a, b) => ["import", "offers", "prices", "rests"].findIndex((k) => a.startsWith(k)) - ["import", "offers", "prices", "rests"].findIndex((k) => b.startsWith(k)))],
        ["09-ut-2.10-classifier", ["import.xml"]],
      ]
      for (const [dir, names] of sets) {
        const r = await new OneCClient(api).exchangeFiles("catalog", names.map((n) => file(dir, n)))
        for (const n of names) if (r[n].lines[0] !== "success") console.error(dir, n, r[n].text)
        for (const n of names) expect([dir, n, r[n].lines[0], r[n].lines[1]]).toEqual([dir, n, "success", expect.any(String)])
      }
      const ps = await products()
      // 2.04 characteristics: one product, many variants (product#characteristic)
      const multi = ps.filter((p) => p.variants.length > 10)
      expect(multi.length).toBeGreaterThan(0)
      // delta (04): the offer's multi-value property and a base product with a variant offer
      const pricing = c().resolve<any>("pricing_contract")
      const types = await pricing.listPcPriceTypes({}, { take: null })
      expect(types.some((t: any) => t.currency_code === "usd")).toBe(true)
      expect(types.some((t: any) => t.currency_code === "uah")).toBe(true)
    })

    it("hostile and malformed input: DTD/XXE, zip bomb, path traversal in archives, broken XML leave the catalog intact", async () => {
      const before = (await products()).length
      const cl = new OneCClient(api)
      await cl.start("catalog")
      const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><КоммерческаяИнформация><Каталог><Товары><Товар><Ид>1</Ид><Наименование>&e;</Наименование></Товар></Товары></Каталог></КоммерческаяИнформация>`
      await cl.upload("catalog", "import.xml", Buffer.from(xxe))
      const a = await cl.importFile("catalog", "import.xml")
      expect(a.lines[0]).toBe("failure")
      expect(a.text).toMatch(/DTD|DOCTYPE|[Ee]ntit/)
      expect(a.text).not.toMatch(/root:/)

      const broken = new OneCClient(api)
      await broken.start("catalog")
      const xml = readFileSync(path.join(SAMPLES, "04-ut-2.05-delta/import.xml"))
      await broken.upload("catalog", "import.xml", xml.subarray(0, Math.floor(xml.length * 0.7)))
      expect((await broken.importFile("catalog", "import.xml")).lines[0]).toBe("failure")

      const bomb = new OneCClient(api)
      await bomb.start("catalog")
      await bomb.upload("catalog", "goods.zip", makeZip({ "import.xml": { zeros: 64 * 1048576 } }))
      const b = await bomb.importFile("catalog", "import.xml")
      expect(b.text).toMatch(/^failure\nархив распаковывается в более чем 5 MB|^failure\narchive unpacks to more than 5 MB/)

      const trav = new OneCClient(api)
      await trav.start("catalog")
      await trav.upload("catalog", "goods.zip", makeZip({ "../../evil.xml": "<x/>" }))
      const t = await trav.importFile("catalog", "import.xml")
      expect(t.lines[0]).toBe("failure")
      expect(t.text).toMatch(/refused|escapes/)
      expect((await products()).length).toBe(before)
    })

    it("a zip of import and offers works like separate files", async () => {
      const cl = new OneCClient(api)
      await cl.start("catalog")
      await cl.upload("catalog", "goods.zip", makeZip({ "import.xml": path.join(SAMPLES, "06-ut11-2.07-demo/import.xml"), "offers.xml": path.join(SAMPLES, "06-ut11-2.07-demo/offers.xml") }))
      const first = await cl.call("catalog", "import", { filename: "import.xml" })
      expect(first.text).toMatch(/^progress\nРаспаковка архива/)
      expect((await cl.importFile("catalog", "import.xml")).lines[0]).toBe("success")
      expect((await cl.importFile("catalog", "offers.xml")).lines[0]).toBe("success")
      expect((await products()).length).toBeGreaterThan(0)
    })

    it("sale exchange: query returns company orders with 1C ids in windows-1251, success commits, status and payment updates come back, offline orders appear", async () => {
      await new OneCClient(api).exchangeFiles("catalog", [file("06-ut11-2.07-demo", "import.xml"), file("06-ut11-2.07-demo", "offers.xml")])
      const pk = (await c().resolve(Modules.API_KEY).createApiKeys({ title: "sf", type: "publishable", created_by: "t" })).token
      const [sc] = await c().resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1 })
      const key = (await c().resolve(Modules.API_KEY).listApiKeys({ token: pk }))[0]
      await c().resolve(ContainerRegistrationKeys.LINK).create({ [Modules.API_KEY]: { publishable_key_id: key.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id } })
      const { createRegionsWorkflow } = await import("@medusajs/medusa/core-flows")
      const region = (await createRegionsWorkflow(c()).run({ input: { regions: [{ name: "РФ", currency_code: "rub", countries: ["ru"], payment_providers: ["pp_system_default"] }] } })).result[0]
      const buyer = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: buyer.id, role: "owner" }], { kpp: "770101001" })
      // an imported variant that has a price and stock
      const priced = await c().resolve<any>("pricing_contract").listPcVariantPrices({}, { take: 1 })
      const variantId = priced[0].variant_id
      const h = buyer.headers()
      const cart = (await api.post(`/store/carts`, { region_id: region.id, sales_channel_id: sc.id }, { headers: h })).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, { headers: h }).catch(() => undefined)
      const { createOrderWorkflow } = await import("@medusajs/medusa/core-flows")
      const order = (await createOrderWorkflow(c()).run({ input: { region_id: region.id, email: buyer.email, customer_id: buyer.id, currency_code: "rub", sales_channel_id: sc.id, items: [{ variant_id: variantId, quantity: 2, unit_price: 1500, title: "x" }] } as any })).result
      await c().resolve(ContainerRegistrationKeys.LINK).create({ company: { b2b_legal_entity_id: le.id }, [Modules.ORDER]: { order_id: order.id } })
      const variantMap = (await c().resolve<any>("one_c").listOnecMappings({ kind: "variant", internal_id: variantId }))[0]

      const cl = new OneCClient(api)
      await cl.start("sale", "2.09")
      const q1 = await cl.call("sale", "query")
      expect(q1.headers["content-type"]).toMatch(/windows-1251/)
      expect(q1.raw.subarray(0, 5).toString("ascii")).toBe("<?xml")
      expect(q1.text).toContain(`<Ид>${order.id}</Ид>`)
      expect(q1.text).toContain(`<ИНН>${le.inn}</ИНН>`)
      expect(q1.text).toContain(`<Ид>${variantMap.external_id}</Ид>`)
      expect(q1.text).toContain("<ХозОперация>Заказ товара</ХозОперация>")
      // until success the same orders come again; after success they do not
      expect((await cl.call("sale", "query")).text).toContain(order.id)
      expect((await cl.call("sale", "success")).lines[0]).toBe("success")
      expect((await cl.call("sale", "query")).text).not.toContain(order.id)

      // 1C sends the order back: posted, paid, final status; and an order placed in 1C itself
      const doc = (id: string, extra: string, n1c = "ТДЦУ-000777") => `<Документ><Ид>${id}</Ид><Номер>${id}</Номер><Номер1С>${n1c}</Номер1С><Дата>2026-11-20</Дата><ХозОперация>Заказ товара</ХозОперация><Роль>Продавец</Роль><Валюта>руб</Валюта><Сумма>3000.00</Сумма>${extra}</Документ>`
      const changed = doc(order.id, `<ЗначенияРеквизитов><ЗначениеРеквизита><Наименование>Статуса заказа ИД</Наименование><Значение>P</Значение></ЗначениеРеквизита><ЗначениеРеквизита><Наименование>Финальный статус</Наименование><Значение>true</Значение></ЗначениеРеквизита></ЗначенияРеквизитов>`)
      const offline = doc("1c-offline-1", `<Контрагенты><Контрагент><Ид>x</Ид><Наименование>${le.name}</Наименование><ИНН>${le.inn}</ИНН><КПП>770101001</КПП><Роль>Покупатель</Роль></Контрагент></Контрагенты><Товары><Товар><Ид>${variantMap.external_id}</Ид><Наименование>Товар из 1С</Наименование><ЦенаЗаЕдиницу>1000</ЦенаЗаЕдиницу><Количество>3</Количество><Сумма>3000</Сумма></Товар></Товары>`, "ТДЦУ-000900")
      const body = iconv.encode(`<?xml version="1.0" encoding="windows-1251"?><КоммерческаяИнформация ВерсияСхемы="2.09">${changed}${offline}</КоммерческаяИнформация>`, "windows-1251")
      await cl.upload("sale", "documents___1.xml", body)
      const imp = await cl.importFile("sale", "documents___1.xml")
      expect(imp.lines[0]).toBe("success")
      const o2 = await c().resolve(Modules.ORDER).retrieveOrder(order.id)
      expect(o2.status).toBe("completed")
      const mark = (await c().resolve<any>("one_c").listOnecOrderExports({ order_id: order.id }))[0]
      expect(mark).toEqual(expect.objectContaining({ one_c_status: "P", one_c_number: "ТДЦУ-000777" }))
      // the change came from 1C: it is not offered back
      expect((await cl.call("sale", "query")).text).not.toContain(order.id)
      // the offline order is in the buyer's history, marked as such
      const hist = (await api.get(`/store/b2b/orders`, { headers: h })).data.orders
      const off = hist.find((x: any) => x.metadata?.offline)
      expect(off).toBeTruthy()
      expect(off.metadata.one_c_number).toBe("ТДЦУ-000900")
      expect(off.total).toBe(3000)
      expect(off.source).toBe("offline")
      // history filters: source, number (portal or 1C), date range, status
      const ids = async (qs: string) => (await api.get(`/store/b2b/orders${qs}`, { headers: h })).data.orders.map((x: any) => x.id)
      expect(await ids(`?source=offline`)).toEqual([off.id])
      expect(await ids(`?source=online`)).toEqual([order.id])
      expect(await ids(`?number=${encodeURIComponent("ТДЦУ-000900")}`)).toEqual([off.id])
      expect(await ids(`?number=B2B-${String(o2.display_id).padStart(6, "0")}`)).toEqual([order.id])
      const today = new Date().toISOString().slice(0, 10)
      expect((await ids(`?from=${today}&to=${today}`)).sort()).toEqual([off.id, order.id].sort())
      expect(await ids(`?to=2000-01-01`)).toEqual([])
      expect(await ids(`?status=completed&source=online`)).toEqual([order.id])
      expect((await api.get(`/store/b2b/orders?source=elsewhere`, { headers: h }).catch((e: any) => e.response)).status).toBe(400)

      // the reference windows-1251 query answers of another site import without crashing: unknown orders reported
      await cl.upload("sale", "bitrix.xml", readFileSync(path.join(SAMPLES, "10-sale/bitrix-query-response-full.xml")))
      const b = await cl.importFile("sale", "bitrix.xml")
      expect(b.lines[0]).toBe("success")
      expect(b.text).toMatch(/не найден/)
      // mode=info: the site's status list with the Latin C
      expect((await cl.call("sale", "info")).text).toContain("<Cтатусы>")
    })

    it("a completed full export archives products 1C no longer sends; a delta never does", async () => {
      const full = [file("05-ut11-2.07-warehouses", "import0_1.xml")]
      await new OneCClient(api).exchangeFiles("catalog", full)
      const published = async () => (await products()).filter((p) => p.status === "published").length
      expect(await published()).toBe(35)
      // the next full export lacks one product: it is archived at mode=complete, not before
      const xml = readFileSync(full[0].path, "utf8")
      const firstProduct = /<Товар>[\s\S]*?<\/Товар>/.exec(xml)![0]
      const dir = mkdtempSync(path.join(os.tmpdir(), "cml-"))
      const smaller = path.join(dir, "import0_1.xml")
      require("node:fs").writeFileSync(smaller, xml.replace(firstProduct, ""))
      const cl = new OneCClient(api)
      await cl.exchangeFiles("catalog", [{ name: "import0_1.xml", path: smaller }])
      expect(await published()).toBe(35)
      const done = await cl.call("catalog", "complete")
      expect(done.text).toMatch(/^success\nСнято с публикации товаров, отсутствующих в полной выгрузке: 1/)
      expect(await published()).toBe(34)
      expect((await products()).length).toBe(36) // archived, never deleted
      // a delta (СодержитТолькоИзменения=true) sweeps nothing
      const delta = new OneCClient(api)
      await delta.exchangeFiles("catalog", [file("04-ut-2.05-delta", "import.xml")])
      expect((await delta.call("catalog", "complete")).text).toMatch(/^success\nОбмен завершен/)
      expect(await published()).toBeGreaterThanOrEqual(34)
    })

    it("JSON API for what CommerceML lacks: counterparties (two-way), agreements, credit limits, settlements; exchange credentials required", async () => {
      const auth = { authorization: `Basic ${Buffer.from("exchange:s3cret-exchange").toString("base64")}` }
      expect((await api.get(`/1c/api/counterparties`, { validateStatus: () => true })).status).toBe(401)
      const bad = await api.post(`/1c/api/counterparties`, { counterparties: [{ one_c_id: "k1", name: "ООО Ромашка", inn: "12345" }] }, { headers: auth, validateStatus: () => true })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/inn/)
      const up = (await api.post(`/1c/api/counterparties`, { counterparties: [{ one_c_id: "k1", name: "ООО Ромашка", full_name: "Общество с ограниченной ответственностью «Ромашка»", inn: "7707083893", kpp: "773601001" }] }, { headers: auth })).data
      expect(up.counterparties[0].result).toBe("created")
      const again = (await api.post(`/1c/api/counterparties`, { counterparties: [{ one_c_id: "k1", name: "ООО Ромашка-2", inn: "7707083893", kpp: "773601001" }] }, { headers: auth })).data
      expect(again.counterparties[0]).toEqual(expect.objectContaining({ result: "updated", id: up.counterparties[0].id }))
      const list = (await api.get(`/1c/api/counterparties`, { headers: auth })).data.counterparties
      expect(list.find((x: any) => x.one_c_id === "k1").name).toBe("ООО Ромашка-2")

      // price type from a CommerceML import, then an agreement on it
      await new OneCClient(api).exchangeFiles("catalog", [file("07-ut11-2.08-ns210", "import.xml"), file("07-ut11-2.08-ns210", "offers.xml")])
      const pt = (await c().resolve<any>("pricing_contract").listPcPriceTypes({}, { take: null })).find((t: any) => t.one_c_id)
      const agr = await api.post(`/1c/api/agreements`, { agreements: [{ one_c_id: "agr-1", number: "Д-15/2026", counterparty: { one_c_id: "k1" }, price_type_one_c_id: pt.one_c_id, payment_terms_days: 14 }] }, { headers: auth })
      expect(agr.data).toEqual({ created: 1, updated: 0 })
      const unknownPt = await api.post(`/1c/api/agreements`, { agreements: [{ one_c_id: "agr-2", number: "Д-16", counterparty: { inn: "7707083893" }, price_type_one_c_id: "nope" }] }, { headers: auth, validateStatus: () => true })
      expect(unknownPt.status).toBe(404)
      expect(unknownPt.data.message).toMatch(/^agreements\[0\]\.price_type_one_c_id/)

      // credit limit, then debts and payments; re-sending the same documents adds nothing
      expect((await api.post(`/1c/api/credit-limits`, { limits: [{ counterparty: { one_c_id: "k1" }, credit_limit: "500000.00", payment_terms_days: 30 }] }, { headers: auth })).data).toEqual({ created: 1, updated: 0 })
      const entries = [
        { external_id: "upd-1", counterparty: { one_c_id: "k1" }, type: "shipment", document_number: "УПД-1", document_date: "2026-11-01", amount: "120000.50" },
        { external_id: "pay-1", counterparty: { one_c_id: "k1" }, type: "payment", document_number: "п/п 10", document_date: "2026-11-10", amount: "20000.50" },
      ]
      expect((await api.post(`/1c/api/settlements`, { entries }, { headers: auth })).data).toEqual({ received: 2, recorded: 2, skipped_known: 0 })
      expect((await api.post(`/1c/api/settlements`, { entries }, { headers: auth })).data).toEqual({ received: 2, recorded: 0, skipped_known: 2 })
      const acc = (await c().resolve<any>("credit").listCreditAccounts({ legal_entity_id: up.counterparties[0].id }))[0]
      const pos = await c().resolve<any>("credit").positionOf(acc.id)
      expect(pos).toEqual(expect.objectContaining({ credit_limit: "500000.00", debt: "100000.00", available: "400000.00" }))
      const unknown = await api.post(`/1c/api/settlements`, { entries: [{ ...entries[0], external_id: "x", counterparty: { inn: "7736050003" } }] }, { headers: auth, validateStatus: () => true })
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/^entries\[0\]\.counterparty/)
    })
  },
})
