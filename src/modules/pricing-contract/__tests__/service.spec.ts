import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRICING_CONTRACT_MODULE, resolvePrices } from ".."
import PricingContractModuleService from "../service"

jest.setTimeout(60 * 1000)

/** A bigNumber column takes an exact decimal string (its DTO types it as a number). */
const dec = (amount: string) => amount as unknown as number

const catalog = {
  variantProduct: new Map([["v1", "p1"]]),
  productCategories: new Map([["p1", ["c1"]]]),
  categoryAncestry: new Map([["c1", ["c1"]]]),
  productAttrs: new Map(),
}

moduleIntegrationTestRunner<PricingContractModuleService>({
  moduleName: PRICING_CONTRACT_MODULE,
  resolve: "./src/modules/pricing-contract",
  testSuite: ({ service }) => {
    async function setup() {
      await service.createPcSettings({ rounding_step: "0.01" })
      const [base, opt] = await service.createPcPriceTypes([
        { code: "base", name: "Базовая", is_base: true },
        { code: "opt", name: "Оптовая" },
      ])
      await service.createPcVariantPrices([
        { variant_id: "v1", price_type_id: base.id, amount: dec("1000.10") },
        { variant_id: "v1", price_type_id: opt.id, amount: dec("900.09") },
      ])
      return { base, opt }
    }

    it("a holding's agreement is inherited unless the counterparty has its own; dates apply", async () => {
      const { opt, base } = await setup()
      await service.createPcAgreements({
        number: "H",
        holding_id: "hold_1",
        price_type_id: opt.id,
      })
      const ctx = {
        legal_entity_id: "le_1",
        holding_id: "hold_1",
        region_code: null,
        currency_code: "rub",
      }
      expect((await service.effectiveAgreement(ctx))?.number).toBe("H")
      await service.createPcAgreements({
        number: "OWN-future",
        legal_entity_id: "le_1",
        price_type_id: base.id,
        valid_from: new Date(Date.now() + 86400000),
      })
      expect((await service.effectiveAgreement(ctx))?.number).toBe("H")
      await service.createPcAgreements({
        number: "OWN",
        legal_entity_id: "le_1",
        price_type_id: base.id,
      })
      expect((await service.effectiveAgreement(ctx))?.number).toBe("OWN")
    })

    it("effectiveAgreements answers many counterparties and dates as effectiveAgreement does, in two reads", async () => {
      const { opt, base } = await setup()
      await service.createPcAgreements([
        { number: "H", holding_id: "hold_1", price_type_id: opt.id },
        {
          number: "OWN-2025",
          legal_entity_id: "le_1",
          price_type_id: base.id,
          valid_from: new Date("2025-01-01"),
          valid_to: new Date("2026-01-01"),
        },
        {
          number: "OWN-2026",
          legal_entity_id: "le_1",
          price_type_id: base.id,
          valid_from: new Date("2026-01-01"),
        },
      ])
      const requests = [
        { legal_entity_id: "le_1", holding_id: "hold_1", at: new Date("2024-06-01") },
        { legal_entity_id: "le_1", holding_id: "hold_1", at: new Date("2025-06-01") },
        { legal_entity_id: "le_1", holding_id: "hold_1", at: new Date("2026-06-01") },
        { legal_entity_id: "le_2", holding_id: "hold_1", at: new Date("2026-06-01") },
        { legal_entity_id: "le_3", holding_id: null, at: new Date("2026-06-01") },
      ]
      const batch = await service.effectiveAgreements(requests)
      expect(batch.map((a) => a?.number ?? null)).toEqual(["H", "OWN-2025", "OWN-2026", "H", null])
      for (const [n, r] of requests.entries())
        expect(
          (await service.effectiveAgreement({ ...r, region_code: null, currency_code: "rub" }))
            ?.number ?? null
        ).toBe(batch[n]?.number ?? null)
    })

    it("price book keeps exact decimals; compiled pricing is cached until the version changes", async () => {
      const { opt } = await setup()
      const book = await service.priceBook(["v1"])
      expect([...book.get("v1")!.values()].sort((x, y) => x - y)).toEqual([90009, 100010])
      await service.createPcAgreements({
        number: "A",
        legal_entity_id: "le_2",
        price_type_id: opt.id,
      })
      const ctx = {
        legal_entity_id: "le_2",
        holding_id: null,
        region_code: null,
        currency_code: "rub",
      }
      const c1 = await service.compiledFor(ctx)
      expect(await service.compiledFor(ctx)).toBe(c1)
      expect(resolvePrices(c1, catalog, book, ["v1"])[0].amount).toBe("900.09")
      const list = await service.createPcPriceLists({ name: "L", legal_entity_id: "le_2" })
      await service.createPcPriceRules({
        price_list_id: list.id,
        target_type: "category",
        target_id: "c1",
        kind: "discount_percent",
        value: "10",
      })
      expect(await service.compiledFor(ctx)).toBe(c1) // not yet: same version
      await service.bumpVersion()
      const c2 = await service.compiledFor(ctx)
      expect(c2).not.toBe(c1)
      expect(resolvePrices(c2, catalog, book, ["v1"])[0].amount).toBe("810.08")
    })

    it("uses the latest rate not after today and not older than the limit", async () => {
      await setup()
      const day = (d: number) => new Date(Date.now() + d * 86400000).toISOString().slice(0, 10)
      await service.createPcExchangeRates([
        { currency_code: "eur", rate: "99", date: day(-10) },
        { currency_code: "eur", rate: "100", date: day(-2) },
        { currency_code: "eur", rate: "101", date: day(1) },
        { currency_code: "usd", rate: "90", date: day(-9) },
      ])
      const { rates } = await service.ratesFor(new Date(), 5)
      expect(rates).toEqual({ eur: "100" })
    })
  },
})
