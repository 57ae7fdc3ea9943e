process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createStockLocationsWorkflow, createTaxRatesWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../src/modules/company"
import { createAdmin, createCompany, createCustomer, pdfText, randomInn, rubRegion, setupShipping, statusOf, storefrontKey, until } from "../utils/b2b"
import { OneCClient } from "../utils/one-c"
import ExcelJS from "exceljs"

jest.setTimeout(400 * 1000)

/**
 * Issue 16. The same 100 lines (awkward prices such as 33.33 × 3, VAT 22 %, 10 % and 0 % by product)
 * bought by a counterparty whose agreement's price type includes VAT and by one whose type excludes it:
 * cart, order, credit exposure, invoice PDF and the 1C `mode=query` document agree with each other and
 * with figures computed here independently (BigInt kopecks, VAT per line rounded half-up).
 */
const RATES = [22, 10, 0]
const N = 100
const priceKop = (i: number) => (i === 0 ? 3333n : BigInt(1001 + ((i * 7919) % 50000)))
const qtyOf = (i: number) => (i === 0 ? 3 : 1 + ((i * 3) % 7))
const rateOf = (i: number) => RATES[i % 3]

/** Half-up division of non-negative BigInts. */
const divHalfUp = (n: bigint, d: bigint) => (n * 2n + d) / (2n * d)
function expected(included: boolean) {
  let net = 0n
  let vat = 0n
  let gross = 0n
  const lines: { net: bigint; vat: bigint; gross: bigint }[] = []
  for (let i = 0; i < N; i++) {
    const amount = priceKop(i) * BigInt(qtyOf(i))
    const r = BigInt(rateOf(i))
    const v = included ? divHalfUp(amount * r, 100n + r) : divHalfUp(amount * r, 100n)
    const g = included ? amount : amount + v
    lines.push({ net: g - v, vat: v, gross: g })
    net += g - v
    vat += v
    gross += g
  }
  return { net, vat, gross, lines }
}
/** Medusa's own total of the 100 lines under a VAT-exclusive type: Σ amount × (100 + r) / 100, VAT unrounded ("1234.5678"). */
function unroundedGross() {
  let t = 0n // in 1/100 kopeck
  for (let i = 0; i < N; i++) t += priceKop(i) * BigInt(qtyOf(i)) * BigInt(100 + rateOf(i))
  return `${t / 10000n}.${String(t % 10000n).padStart(4, "0")}`
}
const rub = (k: bigint) => `${k / 100n}.${String(k % 100n).padStart(2, "0")}`
/** As documents print money: "1 234,56". */
const printed = (k: bigint) => `${String(k / 100n).replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${String(k % 100n).padStart(2, "0")}`

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let scId: string
    let regionId: string
    const P = (path: string) => `/admin/b2b/pricing/${path}`

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      scId = sc.id
      regionId = await rubRegion(c)
      await api.post(`/admin/b2b/seller-organizations`, {
        name: "ТехноСнаб-Опт", full_name: "ООО «ТехноСнаб-Опт»", inn: "7708123450", kpp: "770801001", address: "127015, г. Москва, ул. Бутырская, д. 46",
        bank_name: "ПАО СБЕРБАНК", bik: "044525225", account: "40702810938000123456", corr_account: "30101810400000000225", director: "Иванов И. И.", accountant: "Петрова А. А.", is_default: true,
      }, { headers: admin.headers })
    })

    /** Three products (VAT 22 %, 10 %, 0 % through Medusa tax rates on the product) sharing the 100 variants. */
    async function catalog() {
      const c = getContainer()
      const products = RATES.map((rate, p) => {
        const idx = Array.from({ length: N }, (_, i) => i).filter((i) => i % 3 === p)
        return {
          title: `Товар НДС ${rate}`,
          status: "published" as const,
          sales_channels: [{ id: scId }],
          options: [{ title: "Вид", values: idx.map((i) => `в${i}`) }],
          variants: idx.map((i) => ({ title: `в${i}`, sku: `VAT-${i}`, options: { Вид: `в${i}` }, manage_inventory: false, prices: [{ amount: 1, currency_code: "rub" }] })),
        }
      })
      const { result } = await createProductsWorkflow(c).run({ input: { products } })
      const { result: regions } = await createTaxRegionsWorkflow(c).run({ input: [{ country_code: "ru", provider_id: "tp_system", default_tax_rate: { rate: 22, code: "VAT22", name: "НДС 22%" } }] })
      await createTaxRatesWorkflow(c).run({
        input: [
          { tax_region_id: regions[0].id, rate: 10, code: "VAT10", name: "НДС 10%", rules: [{ reference: "product", reference_id: result[1].id }] },
          { tax_region_id: regions[0].id, rate: 0, code: "VAT0", name: "НДС 0%", rules: [{ reference: "product", reference_id: result[2].id }] },
        ] as any,
      })
      const variantOf = new Map<number, string>()
      for (const p of result) for (const v of p.variants) variantOf.set(Number(v.sku!.slice(4)), v.id)
      productIds = result.map((p) => p.id)
      return variantOf
    }
    let productIds: string[] = []

    /** Both price types with the same amounts for every variant. */
    async function priceTypes(variantOf: Map<number, string>) {
      const incl = (await api.post(P("price-types"), { code: "incl", name: "Оптовая с НДС", is_base: true, vat_included: true }, { headers: admin.headers })).data.price_type
      const excl = (await api.post(P("price-types"), { code: "excl", name: "Оптовая без НДС", vat_included: false }, { headers: admin.headers })).data.price_type
      const prices = [...variantOf].flatMap(([i, variant_id]) => [incl.id, excl.id].map((price_type_id) => ({ variant_id, price_type_id, amount: rub(priceKop(i)) })))
      await api.post(P("variant-prices"), { prices }, { headers: admin.headers })
      return { incl, excl }
    }

    async function buyer(extra: Record<string, unknown> = {}) {
      const cu = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: cu.id, role: "owner" }], { kpp: "500301001", legal_address: "142703, Московская обл., г. Видное", ...extra })
      return { h: cu.headers(), le }
    }

    it("VAT-inclusive and VAT-exclusive price types: cart, order, credit exposure, invoice and 1C agree to the kopeck", async () => {
      const variantOf = await catalog()
      const { incl, excl } = await priceTypes(variantOf)
      expect([incl.vat_included, excl.vat_included]).toEqual([true, false])

      for (const [type, included] of [[incl, true], [excl, false]] as const) {
        const want = expected(included)
        const { h, le } = await buyer()
        await api.post(P("agreements"), { number: `Д-${type.code}`, legal_entity_id: le.id, price_type_id: type.id }, { headers: admin.headers })
        await api.post(`/admin/b2b/credit/accounts`, { legal_entity_id: le.id, credit_limit: "100000000" }, { headers: admin.headers })

        // the price a buyer sees says whether it includes VAT
        const shown = (await api.get(`/store/b2b/prices?variant_id=${variantOf.get(0)}`, { headers: h })).data.prices[0]
        expect(shown).toEqual(expect.objectContaining({ amount: "33.33", vat_included: included }))

        // line 0 (33.33 × 3) through Medusa's add-to-cart route, the other 99 through quick order
        const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
        const first = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantOf.get(0), quantity: 3 }, { headers: h })).data.cart
        // a VAT-exclusive line is carried in Medusa tax-inclusive at gross / quantity, its net price in metadata
        expect(first.items[0].is_tax_inclusive).toBe(true)
        if (!included) expect(first.items[0].metadata.b2b_gross_up).toEqual({ net_unit_price: "33.33" })
        const text = Array.from({ length: N - 1 }, (_, k) => `VAT-${k + 1} ${qtyOf(k + 1)}`).join("\n")
        const quick = (await api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text }, { headers: h })).data
        expect(quick.summary).toEqual({ added: N - 1, unknown_sku: 0, invalid_quantity: 0, unavailable: 0 })

        // cart: every line carries the price type's VAT terms; the portal's figures are exact
        const medusaCart = (await api.get(`/store/carts/${cart.id}?fields=id,total,tax_total,*items,items.tax_lines.rate`, { headers: h })).data.cart
        expect(medusaCart.items).toHaveLength(N)
        expect(medusaCart.items.every((i: any) => i.is_tax_inclusive === (included || Number(i.tax_lines[0].rate) > 0))).toBe(true)
        expect(medusaCart.items.every((i: any) => i.tax_lines.length === 1)).toBe(true)
        const totals = (await api.get(`/store/b2b/carts/${cart.id}/totals`, { headers: h })).data.totals
        expect({ net: totals.net, vat: totals.vat, gross: totals.gross, vat_included: totals.vat_included }).toEqual({ net: rub(want.net), vat: rub(want.vat), gross: rub(want.gross), vat_included: included })
        for (const l of totals.lines) {
          const i = medusaCart.items.findIndex((x: any) => x.id === l.id)
          const k = Number(medusaCart.items[i].variant_sku.slice(4))
          expect([l.net, l.vat, l.gross, Number(l.vat_rate)]).toEqual([rub(want.lines[k].net), rub(want.lines[k].vat), rub(want.lines[k].gross), rateOf(k)])
        }
        // Medusa's own total is the portal's gross to the kopeck for both kinds: a VAT-inclusive price is what
        // the buyer pays; a VAT-exclusive line is carried at its per-line rounded gross (not Σ with VAT
        // unrounded, which would be ${unroundedGross()} here)
        expect(Number(medusaCart.total).toFixed(2)).toBe(rub(want.gross))
        expect(Math.abs(Number(medusaCart.total) - Number(rub(want.gross)))).toBeLessThan(1e-9) // float noise at most
        if (!included) expect(unroundedGross()).toBe("114994.5258")

        // the cart as XLSX: the contract price in its own terms, the line's VAT and gross, the totals — to the kopeck
        const xlsx = await api.get(`/store/b2b/carts/${cart.id}/export`, { headers: h, responseType: "arraybuffer" })
        const wb = new ExcelJS.Workbook()
        await wb.xlsx.load(Buffer.from(xlsx.data))
        const sheet = wb.worksheets[0].getSheetValues().slice(2) as any[]
        const line0 = sheet.find((r) => r[1] === "VAT-0")
        expect([line0[3], line0[4], line0[5], line0[6], line0[7], line0[8]]).toEqual([3, 33.33, Number(rub(want.lines[0].gross)), included ? "да" : "нет", 22, Number(rub(want.lines[0].vat))])
        const total = sheet[sheet.length - 1]
        expect([total[2], total[5], total[8]]).toEqual(["Итого", Number(rub(want.gross)), Number(rub(want.vat))])

        // order
        const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
        await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
        const done = (await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: h })).data
        expect(done.type).toBe("order")
        // the order → counterparty link is made by the order.placed subscriber, just after the answer
        const order = await until(async () => (await api.get(`/store/b2b/orders/${done.order.id}`, { headers: h }).catch(() => null))?.data.order, "the order linked to its counterparty")
        const grossedUp = order.items.filter((i: any) => i.metadata?.b2b_gross_up?.net_unit_price)
        expect(grossedUp).toHaveLength(included ? 0 : Array.from({ length: N }, (_, i) => i).filter((i) => rateOf(i) > 0).length) // the 67 lines at 22 and 10 %
        expect(order.items.every((i: any) => i.is_tax_inclusive === (included || grossedUp.includes(i)))).toBe(true)
        expect(order.b2b_totals).toEqual(expect.objectContaining({ net: rub(want.net), vat: rub(want.vat), gross: rub(want.gross) }))
        expect(Number(order.total).toFixed(2)).toBe(rub(want.gross))
        expect(Math.abs(Number(order.total) - Number(rub(want.gross)))).toBeLessThan(1e-9) // float noise at most

        // credit exposure: the order's gross
        const credit = (await api.get(`/store/b2b/credit`, { headers: h })).data
        expect(credit.credit.open_orders).toBe(rub(want.gross))

        // invoice: the same total and VAT, "в т.ч. НДС" for inclusive prices, a VAT line on top otherwise
        const doc = await until(async () => ((await api.get(`/store/b2b/documents?type=invoice&order_id=${order.id}`, { headers: h })).data.documents as any[]).find((d) => d.status === "ready"), "the invoice")
        expect(doc.total).toBe(rub(want.gross))
        const pdf = pdfText(Buffer.from((await api.get(`/store/b2b/documents/${doc.id}/download`, { headers: h, responseType: "arraybuffer" })).data))
        expect(pdf).toContain(`Всего к оплате: ${printed(want.gross)}`)
        if (included) {
          expect(pdf).toContain(`В том числе НДС: ${printed(want.vat)}`)
        } else {
          expect(pdf).toContain(`Итого: ${printed(want.net)}`)
          expect(pdf).toContain(`Сумма НДС: ${printed(want.vat)}`)
        }

        // 1C mode=query: the document's sum, its VAT and every line's VAT terms
        const cl = new OneCClient(api)
        await cl.start("sale", "2.09")
        const xml = (await cl.call("sale", "query")).text
        const d = xml.split("<Документ>").find((x) => x.includes(`<Ид>${order.id}</Ид>`))!
        expect(d).toBeDefined()
        expect(d).toContain(`<Курс>1</Курс><Сумма>${rub(want.gross)}</Сумма>`)
        expect(d).toContain(`<Налоги><Налог><Наименование>НДС</Наименование><УчтеноВСумме>${included}</УчтеноВСумме><Сумма>${rub(want.vat)}</Сумма></Налог></Налоги><Товары>`)
        const goods = d.split("<Товар>").slice(1)
        expect(goods).toHaveLength(N)
        let lineGross = 0n
        for (const g of goods) {
          const k = Number(/<Артикул>VAT-(\d+)<\/Артикул>/.exec(g)![1])
          const amount = priceKop(k) * BigInt(qtyOf(k))
          expect(g).toContain(`<ЦенаЗаЕдиницу>${rub(priceKop(k))}</ЦенаЗаЕдиницу><Количество>${qtyOf(k)}</Количество><Сумма>${rub(amount)}</Сумма>`)
          expect(g).toContain(`<УчтеноВСумме>${included}</УчтеноВСумме><Сумма>${rub(want.lines[k].vat)}</Сумма><Ставка>${rateOf(k)}</Ставка>`)
          lineGross += included ? amount : amount + want.lines[k].vat
        }
        expect(lineGross).toBe(want.gross)
        await cl.call("sale", "success")
      }
    })

    it("catalog and product-page prices carry the VAT rate, terms and net / VAT / gross of one unit, to the kopeck what a cart line then charges (22 %, 10 %, 0 %; VAT-inclusive and -exclusive types)", async () => {
      const variantOf = await catalog()
      const { incl, excl } = await priceTypes(variantOf)
      const ks = [0, 1, 2, 3, 4, 5] // rates 22, 10, 0, 22, 10, 0; line 0 is 33.33
      for (const [type, included] of [[incl, true], [excl, false]] as const) {
        const { h, le } = await buyer()
        await api.post(P("agreements"), { number: `Д-${type.code}`, legal_entity_id: le.id, price_type_id: type.id }, { headers: admin.headers })
        const want = (k: number) => {
          const amount = priceKop(k)
          const r = BigInt(rateOf(k))
          const vat = included ? divHalfUp(amount * r, 100n + r) : divHalfUp(amount * r, 100n)
          const gross = included ? amount : amount + vat
          return { amount: rub(amount), vat_included: included, vat_rate: String(rateOf(k)), net: rub(gross - vat), vat: rub(vat), gross: rub(gross) }
        }
        // the catalog's prices (/store/b2b/prices, as the catalog page reads them)
        const q = ks.map((k) => `variant_id=${variantOf.get(k)}`).join("&")
        const listed = (await api.get(`/store/b2b/prices?${q}&quantity=1`, { headers: h })).data.prices
        for (const k of ks) {
          const p = listed.find((x: any) => x.variant_id === variantOf.get(k))
          expect({ k, ...p }).toEqual(expect.objectContaining({ k, ...want(k) }))
        }
        // the product page (Medusa's store product with b2b_price per variant, b2b_price_from per product)
        for (const [n, pid] of productIds.entries()) {
          const product = (await api.get(`/store/products/${pid}?fields=id,*variants`, { headers: h })).data.product
          for (const k of ks.filter((k) => k % 3 === n)) {
            const v = product.variants.find((x: any) => x.id === variantOf.get(k))
            expect({ k, ...v.b2b_price }).toEqual(expect.objectContaining({ k, ...want(k) }))
          }
          expect(product.b2b_price_from.vat_rate).toBe(String(RATES[n]))
        }
        // a cart line of each at quantity 1 charges exactly the catalog's gross, with the catalog's net and VAT
        const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
        for (const k of ks) await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantOf.get(k), quantity: 1 }, { headers: h })
        const totals = (await api.get(`/store/b2b/carts/${cart.id}/totals`, { headers: h })).data.totals
        const items = (await api.get(`/store/carts/${cart.id}?fields=id,*items`, { headers: h })).data.cart.items
        expect(totals.lines).toHaveLength(ks.length)
        for (const l of totals.lines) {
          const k = Number(items.find((x: any) => x.id === l.id).variant_sku.slice(4))
          const p = listed.find((x: any) => x.variant_id === variantOf.get(k))
          expect({ k, net: l.net, vat: l.vat, gross: l.gross, vat_rate: l.vat_rate, vat_included: l.vat_included }).toEqual({ k, net: p.net, vat: p.vat, gross: p.gross, vat_rate: p.vat_rate, vat_included: p.vat_included })
        }
      }
    })

    it("an order split per seller keeps every line's VAT terms in the sibling carts: each part and the exposure at the expected gross", async () => {
      const variantOf = await catalog()
      const { excl } = await priceTypes(variantOf)
      const company = getContainer().resolve(COMPANY_MODULE) as any
      const [s1, s2] = await company.createB2bSellerOrganizations([
        { name: "ООО Продавец-1", full_name: "ООО «Продавец-1»", inn: randomInn() },
        { name: "ООО Продавец-2", full_name: "ООО «Продавец-2»", inn: randomInn() },
      ])
      await getContainer().resolve(ContainerRegistrationKeys.LINK).create([
        { [COMPANY_MODULE]: { b2b_seller_organization_id: s1.id }, [Modules.PRODUCT]: { product_id: productIds[0] } },
        { [COMPANY_MODULE]: { b2b_seller_organization_id: s2.id }, [Modules.PRODUCT]: { product_id: productIds[1] } },
      ])
      const { h, le } = await buyer()
      await api.post(P("agreements"), { number: "Д-excl", legal_entity_id: le.id, price_type_id: excl.id }, { headers: admin.headers })
      await api.post(`/admin/b2b/credit/accounts`, { legal_entity_id: le.id, credit_limit: "100000000" }, { headers: admin.headers })
      const want = expected(false)
      // lines 0 (VAT 22 %, seller 1) and 1 (VAT 10 %, seller 2)
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      await api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text: `VAT-0 ${qtyOf(0)}\nVAT-1 ${qtyOf(1)}` }, { headers: h })
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      const before = { split: process.env.B2B_ORDER_SPLIT, mode: process.env.B2B_ORDER_SPLIT_MODE }
      process.env.B2B_ORDER_SPLIT = "none"
      process.env.B2B_ORDER_SPLIT_MODE = "orders"
      let placed: any[]
      try {
        placed = (await api.post(`/store/b2b/carts/${cart.id}/place`, {}, { headers: h })).data.orders
      } finally {
        for (const [k, v] of [["B2B_ORDER_SPLIT", before.split], ["B2B_ORDER_SPLIT_MODE", before.mode]] as const) v === undefined ? delete process.env[k] : (process.env[k] = v)
      }
      expect(placed).toHaveLength(2)
      let sum = 0n
      for (const p of placed) {
        const order = await until(async () => (await api.get(`/store/b2b/orders/${p.id}`, { headers: h }).catch(() => null))?.data.order, "the order linked")
        expect(order.items).toHaveLength(1)
        expect(order.items[0].is_tax_inclusive).toBe(true) // VAT-exclusive, carried at gross / quantity
        const k = Number(order.items[0].variant_sku.slice(4))
        expect(Number(order.items[0].metadata.b2b_gross_up.net_unit_price)).toBe(Number(rub(priceKop(k))))
        // Medusa's own total of the part: the gross to the kopeck (121.99000000000001 for 40.6633… × 3: float noise)
        expect(Number(order.total).toFixed(2)).toBe(rub(want.lines[k].gross))
        expect(Math.abs(Number(order.total) - Number(rub(want.lines[k].gross)))).toBeLessThan(1e-9)
        expect(order.b2b_totals).toEqual(expect.objectContaining({ net: rub(want.lines[k].net), vat: rub(want.lines[k].vat), gross: rub(want.lines[k].gross) }))
        sum += want.lines[k].gross
      }
      expect(sum).toBe(want.lines[0].gross + want.lines[1].gross)
      expect((await api.get(`/store/b2b/credit`, { headers: h })).data.credit.open_orders).toBe(rub(sum))
    })

    it("a VAT-exclusive line split by availability (5 of 8 in stock) keeps its contract net price; each order is billed its own per-line gross", async () => {
      const c = getContainer()
      await catalog() // the tax region: 22 % by default
      // 5 at the pickup warehouse (Москва), more elsewhere: 5 are available there, 3 to deliver
      const { result: locs } = await createStockLocationsWorkflow(c).run({ input: { locations: [{ name: "Склад Москва" }, { name: "Склад Тверь" }] } })
      const [loc, far] = [locs[0].id, locs[1].id]
      for (const l of [loc, far]) await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.SALES_CHANNEL]: { sales_channel_id: scId }, [Modules.STOCK_LOCATION]: { stock_location_id: l } })
      const shipping = await setupShipping(c, loc)
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [{ title: "Кабель ВВГ", status: "published", shipping_profile_id: shipping.shippingProfileId, sales_channels: [{ id: scId }], options: [{ title: "Вид", values: ["м"] }],
          variants: [{ title: "м", sku: "SPLIT-1", options: { Вид: "м" }, manage_inventory: true, prices: [{ amount: 1, currency_code: "rub" }] }] }] },
      })
      const variant = result[0].variants[0].id
      const { data } = await c.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variant } })
      const item = (data[0] as any).inventory_items[0].inventory_item_id
      await c.resolve(Modules.INVENTORY).createInventoryLevels([
        { inventory_item_id: item, location_id: loc, stocked_quantity: 5 },
        { inventory_item_id: item, location_id: far, stocked_quantity: 100 },
      ])
      const excl = (await api.post(P("price-types"), { code: "excl-split", name: "Без НДС", vat_included: false }, { headers: admin.headers })).data.price_type
      await api.post(P("variant-prices"), { prices: [{ variant_id: variant, price_type_id: excl.id, amount: "40.67" }] }, { headers: admin.headers })
      const { h, le } = await buyer()
      await api.post(P("agreements"), { number: "Д-split", legal_entity_id: le.id, price_type_id: excl.id }, { headers: admin.headers })
      await api.post(`/admin/b2b/credit/accounts`, { legal_entity_id: le.id, credit_limit: "100000" }, { headers: admin.headers })
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant, quantity: 8 }, { headers: h })
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping.shippingOptionId }, { headers: h })
      await api.post(`/store/b2b/carts/${cart.id}/checkout`, { delivery_method: "pickup", pickup_location_id: loc }, { headers: h })
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      const before = { split: process.env.B2B_ORDER_SPLIT, mode: process.env.B2B_ORDER_SPLIT_MODE }
      delete process.env.B2B_ORDER_SPLIT
      process.env.B2B_ORDER_SPLIT_MODE = "orders"
      let placed: any[]
      try {
        placed = (await api.post(`/store/b2b/carts/${cart.id}/place`, {}, { headers: h })).data.orders
      } finally {
        for (const [k, v] of [["B2B_ORDER_SPLIT", before.split], ["B2B_ORDER_SPLIT_MODE", before.mode]] as const) v === undefined ? delete process.env[k] : (process.env[k] = v)
      }
      expect(placed).toHaveLength(2)
      // per part, independently: net = 40.67 × q, VAT 22 % on top rounded half-up per line, gross = net + VAT
      const part = (q: number) => {
        const net = 4067n * BigInt(q)
        const vat = divHalfUp(net * 22n, 100n)
        return { net, vat, gross: net + vat }
      }
      let exposure = 0n
      const quantities: number[] = []
      for (const p of placed) {
        const order = await until(async () => (await api.get(`/store/b2b/orders/${p.id}`, { headers: h }).catch(() => null))?.data.order, "the order linked")
        expect(order.items).toHaveLength(1)
        const item = order.items[0]
        const q = Number(item.quantity)
        quantities.push(q)
        const want = part(q)
        // still VAT-exclusive at 40.67 in the contract's terms; Medusa carries it at this part's gross / quantity
        expect(item.is_tax_inclusive).toBe(true)
        expect(item.metadata.b2b_gross_up).toEqual({ net_unit_price: "40.67" })
        expect(Number(item.total).toFixed(2)).toBe(rub(want.gross))
        expect(order.b2b_totals.lines).toEqual([expect.objectContaining({ unit_price: "40.67", net: rub(want.net), vat: rub(want.vat), gross: rub(want.gross), vat_included: false })])
        // the order's gross is its line's plus whatever delivery it carries
        expect(Number(order.b2b_totals.gross)).toBeCloseTo(Number(rub(want.gross)) + Number(order.b2b_totals.shipping_gross), 2)
        exposure += BigInt(Math.round(Number(order.b2b_totals.gross) * 100))
      }
      expect(quantities.sort()).toEqual([3, 5])
      expect((await api.get(`/store/b2b/credit`, { headers: h })).data.credit.open_orders).toBe(rub(exposure))
    })

    it("a VAT-exclusive line's quantity changed or a line removed: the touched line is grossed up again, Medusa's total and the payment collection follow to the kopeck", async () => {
      const variantOf = await catalog() // 22 % by default (the products of variants 0, 3, 6)
      const excl = (await api.post(P("price-types"), { code: "excl-q", name: "Без НДС", vat_included: false }, { headers: admin.headers })).data.price_type
      const [a, b] = [variantOf.get(0)!, variantOf.get(3)!]
      await api.post(P("variant-prices"), { prices: [{ variant_id: a, price_type_id: excl.id, amount: "1.02" }, { variant_id: b, price_type_id: excl.id, amount: "10.05" }] }, { headers: admin.headers })
      const { h, le } = await buyer()
      await api.post(P("agreements"), { number: "Д-q", legal_entity_id: le.id, price_type_id: excl.id }, { headers: admin.headers })
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: a, quantity: 1 }, { headers: h })
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: b, quantity: 3 }, { headers: h })
      await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })
      const read = async () => (await api.get(`/store/carts/${cart.id}?fields=id,total,*items,payment_collection.amount`, { headers: h })).data.cart
      // net × quantity, VAT 22 % rounded half-up per line, gross = net + VAT (in kopecks)
      const gross = (netKop: bigint, q: number) => netKop * BigInt(q) + divHalfUp(netKop * BigInt(q) * 22n, 100n)
      const check = async (want: Record<string, bigint>) => {
        const c = await read()
        for (const [variant, g] of Object.entries(want)) {
          const line = c.items.find((i: any) => i.variant_id === variant)
          expect(line.metadata.b2b_gross_up?.net_unit_price).toBe(variant === a ? "1.02" : "10.05")
          expect(Number(line.total).toFixed(2)).toBe(rub(g))
        }
        const sum = Object.values(want).reduce((x, y) => x + y, 0n)
        expect(Number(c.total).toFixed(2)).toBe(rub(sum))
        expect(Number(c.payment_collection.amount).toFixed(2)).toBe(rub(sum))
        return c
      }
      const c0 = await check({ [a]: gross(102n, 1), [b]: gross(1005n, 3) }) // 1.24 + 36.78
      const lineA = c0.items.find((i: any) => i.variant_id === a).id
      // 1 → 100: the gross of 100 (124.44) is not 100 × the gross of one (124.00)
      await api.post(`/store/carts/${cart.id}/line-items/${lineA}`, { quantity: 100 }, { headers: h })
      await check({ [a]: gross(102n, 100), [b]: gross(1005n, 3) })
      await api.delete(`/store/carts/${cart.id}/line-items/${c0.items.find((i: any) => i.variant_id === b).id}`, { headers: h })
      const last = await check({ [a]: gross(102n, 100) })
      expect(last.items).toHaveLength(1)
    })

    it("the invoice bills the delivery too: its total is the order's gross, as the credit exposure's", async () => {
      const c = getContainer()
      const { result: locs } = await createStockLocationsWorkflow(c).run({ input: { locations: [{ name: "Склад" }] } })
      await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.SALES_CHANNEL]: { sales_channel_id: scId }, [Modules.STOCK_LOCATION]: { stock_location_id: locs[0].id } })
      const shipping = await setupShipping(c, locs[0].id) // flat 500 ₽, no tax region here: VAT 22 % inside, as for lines without tax lines
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [{ title: "Щит", status: "published", shipping_profile_id: shipping.shippingProfileId, sales_channels: [{ id: scId }], options: [{ title: "Вид", values: ["шт"] }],
          variants: [{ title: "шт", sku: "SHIELD-1", options: { Вид: "шт" }, manage_inventory: false, prices: [{ amount: 33.33, currency_code: "rub" }] }] }] },
      })
      const { h, le } = await buyer()
      await api.post(`/admin/b2b/credit/accounts`, { legal_entity_id: le.id, credit_limit: "100000" }, { headers: admin.headers })
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: result[0].variants[0].id, quantity: 3 }, { headers: h })
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping.shippingOptionId }, { headers: h })
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      const done = (await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: h })).data
      expect(done.type).toBe("order")
      // 33.33 × 3 = 99.99 + delivery 500.00 = 599.99; VAT 22 % inside: 18.03 + 90.16 = 108.19
      expect((await api.get(`/store/b2b/credit`, { headers: h })).data.credit.open_orders).toBe("599.99")
      const doc = await until(async () => ((await api.get(`/store/b2b/documents?type=invoice&order_id=${done.order.id}`, { headers: h })).data.documents as any[]).find((d) => d.status === "ready"), "the invoice")
      expect(doc.total).toBe("599.99")
      const pdf = pdfText(Buffer.from((await api.get(`/store/b2b/documents/${doc.id}/download`, { headers: h, responseType: "arraybuffer" })).data))
      expect(pdf).toContain("Доставка")
      expect(pdf).toContain("Всего к оплате: 599,99")
      expect(pdf).toContain("В том числе НДС: 108,19")
    })

    it("a counterparty whose regional price type is the base type buys an admin-created product at its catalog price; a variant priced nowhere is refused by name", async () => {
      const base = (await api.post(P("price-types"), { code: "base", name: "Базовая", is_base: true }, { headers: admin.headers })).data.price_type
      await api.post(P("regional-price-types"), { region_code: "central", region_name: "Центральный", price_type_id: base.id }, { headers: admin.headers })
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: { products: [
          { title: "Создан в админке", status: "published", sales_channels: [{ id: scId }], options: [{ title: "Вид", values: ["шт"] }],
            variants: [{ title: "шт", sku: "ADMIN-1", options: { Вид: "шт" }, manage_inventory: false, prices: [{ amount: 1234.56, currency_code: "rub" }] }] },
          { title: "Без цены", status: "published", sales_channels: [{ id: scId }], options: [{ title: "Вид", values: ["шт"] }],
            variants: [{ title: "шт", sku: "NOPRICE-1", options: { Вид: "шт" }, manage_inventory: false, prices: [] }] },
        ] },
      })
      const [priced, unpriced] = [result[0].variants[0].id, result[1].variants[0].id]
      const { h } = await buyer({ region_code: "central" })
      expect((await api.get(`/store/b2b/prices?variant_id=${priced}`, { headers: h })).data.prices[0]).toEqual(expect.objectContaining({ amount: "1234.56", vat_included: true }))
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      const added = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: priced, quantity: 2 }, { headers: h })).data.cart
      expect(added.items[0].unit_price).toBe(1234.56)
      expect(added.items[0].is_tax_inclusive).toBe(true)
      expect(added.items[0].metadata.b2b_price).toEqual(expect.objectContaining({ price_type_id: base.id, vat_included: true }))
      expect(Number(added.total).toFixed(2)).toBe("2469.12")
      const refused = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: unpriced, quantity: 1 }, { headers: h }).catch((e: any) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(`variant_id ${unpriced}: has no price for your company`)
      expect(await statusOf(api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text: "ADMIN-1 1" }, { headers: h }))).toBe(200)
    })
  },
})
