import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRICING_CONTRACT_MODULE, resolvePrices } from ".."
import PricingContractModuleService from "../service"

jest.setTimeout(60 * 1000)

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
      await service.createPcSettings({ rounding_step: "0.01" } as any)
      const [base, opt] = (await service.createPcPriceTypes([
        { code: "base", name: "Базовая", is_base: true },
        { code: "opt", name: "Оптовая" },
      ] as any)) as unknown as any[]
      await service.createPcVariantPrices([
        { variant_id: "v1", price_type_id: base.id, amount: "1000.10" },
        { variant_id: "v1", price_type_id: opt.id, amount: "900.09" },
      ] as any)
      return { base, opt }
    }

    it("a holding's agreement is inherited unless the counterparty has its own; dates apply", async () => {
      const { opt, base } = await setup()
      await service.createPcAgreements({
        number: "H",
        holding_id: "hold_1",
        price_type_id: opt.id,
      } as any)
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
      } as any)
      expect((await service.effectiveAgreement(ctx))?.number).toBe("H")
      await service.createPcAgreements({
        number: "OWN",
        legal_entity_id: "le_1",
        price_type_id: base.id,
      } as any)
      expect((await service.effectiveAgreement(ctx))?.number).toBe("OWN")
    })

    it("price book keeps exact decimals; compiled pricing is cached until the version changes", async () => {
      const { opt } = await setup()
      const book = await service.priceBook(["v1"])
      expect([...book.get("v1")!.values()].sort((x, y) => x - y)).toEqual([90009, 100010])
      await service.createPcAgreements({
        number: "A",
        legal_entity_id: "le_2",
        price_type_id: opt.id,
      } as any)
      const ctx = {
        legal_entity_id: "le_2",
        holding_id: null,
        region_code: null,
        currency_code: "rub",
      }
      const c1 = await service.compiledFor(ctx)
      expect(await service.compiledFor(ctx)).toBe(c1)
      expect(resolvePrices(c1, catalog, book, ["v1"])[0].amount).toBe("900.09")
      const list = await service.createPcPriceLists({ name: "L", legal_entity_id: "le_2" } as any)
      await service.createPcPriceRules({
        price_list_id: list.id,
        target_type: "category",
        target_id: "c1",
        kind: "discount_percent",
        value: "10",
      } as any)
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
      ] as any)
      const { rates } = await service.ratesFor(new Date(), 5)
      expect(rates).toEqual({ eur: "100" })
    })
  },
})
