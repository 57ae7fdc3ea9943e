import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedCatalog } from "../../src/scripts/seed/catalog"
import { seedCompanies, DEMO_PASSWORD } from "../../src/scripts/seed/companies"
import { seedPricing } from "../../src/scripts/seed/pricing"

jest.setTimeout(240 * 1000)

const validEan = (code: string) => {
  const d = code.split("").map(Number)
  const sum = d.slice(0, 12).reduce((s, x, i) => s + x * (i % 2 ? 3 : 1), 0)
  return code.length === 13 && (10 - (sum % 10)) % 10 === d[12]
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("seeds a deterministic, idempotent demo that the store API and the B2B API serve", async () => {
      const c = getContainer()
      const query = c.resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
      const first = await seedCatalog(c, { seed: 7, products: 40 })
      await seedCompanies(c, { adminEmail: "admin@test.local", adminPassword: "secret-demo" })
      await seedPricing(c)
      const counts = { products: await count("product"), variants: await count("product_variant"), categories: await count("product_category"), les: await count("b2b_legal_entity"), prices: await count("pc_variant_price") }
      expect(counts.products).toBe(40)
      expect(counts.categories).toBeGreaterThanOrEqual(30)
      expect(counts.les).toBe(8)
      expect(counts.prices).toBe(counts.variants * 3)

      const again = await seedCatalog(c, { seed: 7, products: 40 })
      await seedCompanies(c, { adminEmail: "admin@test.local", adminPassword: "secret-demo" })
      await seedPricing(c)
      expect(again.publishable_key).toBe(first.publishable_key)
      expect({ products: await count("product"), variants: await count("product_variant"), categories: await count("product_category"), les: await count("b2b_legal_entity"), prices: await count("pc_variant_price") }).toEqual(counts)

      const { data: variants } = await query.graph({ entity: "product_variant", fields: ["sku", "barcode", "inventory_items.inventory.location_levels.location_id"] })
      for (const v of variants as any[]) {
        expect(v.sku).toMatch(/^[A-Z]{3}-\d{5}-\d$/)
        expect(validEan(v.barcode)).toBe(true)
        expect(v.inventory_items[0].inventory.location_levels).toHaveLength(3)
      }

      const pk = first.publishable_key
      const list = (await api.get(`/store/products?limit=5&fields=id,title,*variants`, { headers: { "x-publishable-api-key": pk } })).data
      expect(list.count).toBe(40)
      // guests see no prices by default; a seeded buyer sees the holding's wholesale prices
      expect(list.products[0].variants[0].b2b_price).toBeNull()
      const login = await api.post(`/auth/customer/emailpass`, { email: "buyer@stroyinvest.demo", password: DEMO_PASSWORD })
      const h = { authorization: `Bearer ${login.data.token}`, "x-publishable-api-key": pk }
      const me = (await api.get(`/store/b2b/me`, { headers: h })).data
      expect(me.memberships.map((m: any) => m.legal_entity_name).sort()).toEqual(["СтройИнвест Москва", "СтройИнвест СПб"])
      const priced = (await api.get(`/store/products?limit=5&fields=id,title,*variants`, { headers: h })).data.products
      expect(priced[0].variants[0].b2b_price).toEqual(expect.objectContaining({ currency_code: "rub" }))
      // issue 16: the demo's price types are declared VAT-inclusive (as 1C's usually are), and a buyer's
      // price says so: its cart line is tax-inclusive, the order total is price × quantity
      const types = await c.resolve<any>("pricing_contract").listPcPriceTypes({}, { take: null })
      expect(types.map((t: any) => t.vat_included)).toEqual([true, true, true])
      expect(priced[0].variants[0].b2b_price.vat_included).toBe(true)
    })
  },
})
