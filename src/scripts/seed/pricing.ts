import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { formatScaled, parseScaled, PRICING_CONTRACT_MODULE } from "../../modules/pricing-contract"
import type PricingContractModuleService from "../../modules/pricing-contract/service"
import { createSellerOrganizationWorkflow } from "../../workflows/company/workflows/create-seller-organization"
import { updateLegalEntityWorkflow } from "../../workflows/company/workflows/update-legal-entity"
import { pricingWorkflows, setVariantPricesWorkflow } from "../../workflows/pricing-contract"
import { innFrom9 } from "../../modules/company"

/** Integer percentage off minor units, half-up: exact. */
const off = (minor: number, pct: number) => Math.floor((minor * (100 - pct) + 50) / 100)

const create = async (
  container: MedusaContainer,
  path: keyof typeof pricingWorkflows,
  row: Record<string, unknown>
) =>
  (await pricingWorkflows[path].create(container).run({ input: { rows: [row] } })).result[0] as {
    id: string
  }

/**
 * Demo contract pricing: 3 price types (base = the catalog price, wholesale −10 %, large wholesale
 * −18 %; all VAT-inclusive, as 1C's price types usually are: the order total is price × quantity), regional price types, agreements for a holding and a counterparty, a price list with a
 * category discount from 100 units and a fixed product price, a regional mass markup, rates of the
 * day, and two seller organizations. Idempotent (skipped when price types exist).
 */
export async function seedPricing(container: MedusaContainer) {
  const pricing = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const today = new Date().toISOString().slice(0, 10)
  const rates = await pricing.listPcExchangeRates({ date: today })
  if (!rates.length) {
    for (const [currency_code, rate] of [
      ["eur", "101.4523"],
      ["usd", "92.1876"],
      ["cny", "12.7411"],
    ]) {
      await create(container, "exchange-rates", {
        currency_code,
        rate,
        date: today,
        source: "seed",
      })
    }
  }
  if ((await pricing.listPcPriceTypes({}, { take: 1 })).length) return { skipped: true }

  const base = await create(container, "price-types", {
    code: "base",
    name: "Базовая (розничная)",
    is_base: true,
    vat_included: true,
    sort: 1,
  })
  const opt = await create(container, "price-types", {
    code: "wholesale",
    name: "Оптовая",
    vat_included: true,
    sort: 2,
  })
  const big = await create(container, "price-types", {
    code: "large_wholesale",
    name: "Крупный опт",
    vat_included: true,
    sort: 3,
  })

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "prices.amount", "prices.currency_code", "prices.raw_amount"],
  })
  const rows: { variant_id: string; price_type_id: string; amount: string }[] = []
  for (const v of variants) {
    const p = (v.prices ?? []).find((x: any) => x.currency_code === "rub")
    if (!p) continue
    const minor = parseScaled(p.raw_amount?.value ?? String(p.amount), 2)
    rows.push({ variant_id: v.id, price_type_id: base.id, amount: formatScaled(minor, 2) })
    rows.push({ variant_id: v.id, price_type_id: opt.id, amount: formatScaled(off(minor, 10), 2) })
    rows.push({ variant_id: v.id, price_type_id: big.id, amount: formatScaled(off(minor, 18), 2) })
  }
  for (let i = 0; i < rows.length; i += 5000)
    await setVariantPricesWorkflow(container).run({ input: { prices: rows.slice(i, i + 5000) } })

  await create(container, "regional-price-types", {
    region_code: "central",
    region_name: "Центральный",
    price_type_id: base.id,
  })
  await create(container, "regional-price-types", {
    region_code: "northwest",
    region_name: "Северо-Западный",
    price_type_id: opt.id,
  })

  const seller = (
    await createSellerOrganizationWorkflow(container).run({
      input: {
        name: "ТД «Электрокомплект»",
        full_name: "Общество с ограниченной ответственностью «Торговый дом Электрокомплект»",
        inn: innFrom9("770312345"),
        kpp: "770301001",
        address: "115432, г. Москва, 2-й Южнопортовый пр., д. 18, стр. 2",
        bank_name: "ПАО Сбербанк",
        bik: "044525225",
        account: "40702810938000012345",
        corr_account: "30101810400000000225",
        director: "Кравцов Д. А.",
        accountant: "Лаптева Н. С.",
        is_default: true,
      },
    })
  ).result
  await createSellerOrganizationWorkflow(container).run({
    input: {
      name: "«Электрокомплект Северо-Запад»",
      full_name: "Общество с ограниченной ответственностью «Электрокомплект Северо-Запад»",
      inn: innFrom9("781012345"),
      kpp: "781001001",
      address: "196626, г. Санкт-Петербург, пос. Шушары, Московское ш., д. 231",
      bank_name: "АО «Альфа-Банк»",
      bik: "044525593",
      account: "40702810502860012345",
      corr_account: "30101810200000000593",
      director: "Белов И. П.",
      accountant: "Соколова Е. В.",
    },
  })

  const holdings = await company.listB2bHoldings({}, { take: null })
  const les = await company.listB2bLegalEntities({}, { take: null })
  const holding = (name: string) => holdings.find((h) => h.name.includes(name))
  const le = (name: string) => les.find((l) => l.name === name)
  const si = holding("СтройИнвест")
  if (si)
    await create(container, "agreements", {
      number: "СИ-2026/01",
      name: "Договор поставки с холдингом",
      holding_id: si.id,
      price_type_id: opt.id,
      payment_terms_days: 30,
      seller_organization_id: seller.id,
    })
  const emc = le("ЭлектроМонтаж Центр")
  if (emc)
    await create(container, "agreements", {
      number: "ЭМ-2026/07",
      name: "Дилерский договор",
      legal_entity_id: emc.id,
      price_type_id: big.id,
      payment_terms_days: 45,
      seller_organization_id: seller.id,
    })
  const siMsk = le("СтройИнвест Москва")
  if (siMsk) {
    const list = await create(container, "price-lists", {
      name: "Спеццены СтройИнвест Москва",
      legal_entity_id: siMsk.id,
      priority: 10,
    })
    const { data: cats } = await query.graph({
      entity: "product_category",
      fields: ["id", "name"],
      filters: { name: "Кабель и провод" },
    })
    if (cats[0])
      await create(container, "price-rules", {
        price_list_id: list.id,
        target_type: "category",
        target_id: cats[0].id,
        kind: "discount_percent",
        value: "5",
        min_quantity: 100,
      })
    const { data: prods } = await query.graph({
      entity: "product",
      fields: ["id"],
      pagination: { take: 1, skip: 0, order: { handle: "ASC" } },
    })
    if (prods[0])
      await create(container, "price-rules", {
        price_list_id: list.id,
        target_type: "product",
        target_id: prods[0].id,
        kind: "multiplier",
        value: "0.85",
      })
  }
  await create(container, "mass-rules", {
    name: "Наценка на Schneider Electric в СЗФО",
    action: "markup_percent",
    value: "3",
    manufacturer: "Schneider Electric",
    region_code: "northwest",
    priority: 1,
  })
  for (const l of les) {
    const region = /СПб|Северо-Запад/.test(l.name) ? "northwest" : "central"
    if (l.region_code !== region || !l.seller_organization_id) {
      await updateLegalEntityWorkflow(container).run({
        input: {
          id: l.id,
          data: { region_code: region, seller_organization_id: seller.id },
          actor: { actor_type: "system", actor_id: "seed" },
        },
      })
    }
  }
  return { skipped: false, price_types: 3, variant_prices: rows.length }
}
