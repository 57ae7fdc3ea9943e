// Exchange credentials and small batches must be in the environment before the app boots.
process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"
process.env.ONE_C_BATCH_SIZE = "20"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import iconv from "iconv-lite"
import { OneCClient } from "../utils/one-c"

jest.setTimeout(600 * 1000)

/** What an offers file of the bench generator says: price per (offer, price type) and stock per (offer, warehouse). */
function expected(file: string) {
  const raw = readFileSync(file)
  const enc = /encoding="([^"]+)"/.exec(raw.subarray(0, 200).toString("latin1"))?.[1] ?? "utf-8"
  const text = iconv.decode(raw, enc)
  const prices = new Map<string, string>()
  const stock = new Map<string, number>()
  for (const m of text.matchAll(/<Предложение><Ид>([^<]+)<\/Ид>([\s\S]*?)<\/Предложение>/g)) {
    for (const p of m[2].matchAll(/<ИдТипаЦены>([^<]+)<\/ИдТипаЦены><ЦенаЗаЕдиницу>([^<]+)<\/ЦенаЗаЕдиницу>/g)) prices.set(`${m[1]}|${p[1]}`, Number(p[2]).toFixed(2))
    for (const s of m[2].matchAll(/<Склад ИдСклада="([^"]+)" КоличествоНаСкладе="([^"]+)"\/>/g)) stock.set(`${m[1]}|${s[1]}`, Number(s[2]))
  }
  return { prices, stock }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "b2b-1c-par-"))
    beforeAll(() => {
      execFileSync(process.execPath, [path.join(__dirname, "../../bench/1c/generate.mjs"), "--products", "240", "--properties", "12", "--warehouses", "3", "--out", dir], { stdio: "ignore" })
    })
    const original = process.env.ONE_C_OFFER_PARALLEL
    afterAll(() => {
      if (original === undefined) delete process.env.ONE_C_OFFER_PARALLEL
      else process.env.ONE_C_OFFER_PARALLEL = original
    })

    /** Prices and stock as stored, keyed by the 1C ids (offer, price type / warehouse) through the exchange's mappings. */
    async function stored() {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const prices = new Map<string, string>()
      const stock = new Map<string, number>()
      const p = await knex.raw(`
        select o.external_id as offer, t.external_id as type, pr.amount::text as amount
          from onec_mapping o join pc_variant_price pr on pr.variant_id = o.internal_id and pr.deleted_at is null
          join onec_mapping t on t.kind = 'price_type' and t.internal_id = pr.price_type_id
         where o.kind = 'offer'`)
      for (const r of p.rows) prices.set(`${r.offer}|${r.type}`, Number(r.amount).toFixed(2))
      const s = await knex.raw(`
        select o.external_id as offer, w.external_id as wh, il.stocked_quantity::int as qty
          from onec_mapping o join product_variant_inventory_item pvi on pvi.variant_id = o.internal_id and pvi.deleted_at is null
          join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
          join onec_mapping w on w.kind = 'warehouse' and w.internal_id = il.location_id
         where o.kind = 'offer'`)
      for (const r of s.rows) stock.set(`${r.offer}|${r.wh}`, Number(r.qty))
      return { prices, stock }
    }

    const parallelBatches = async (filename: string) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const r = await knex.raw(`select counts from onec_file_state where filename = ? order by created_at desc limit 1`, [filename])
      return Number(r.rows[0]?.counts?.parallel_batches ?? 0)
    }

    it("offer batches applied two at a time store exactly the file's prices and stock, full file and delta", async () => {
      process.env.ONE_C_OFFER_PARALLEL = "2"
      const files = ["import.xml", "offers.xml"].map((name) => ({ name, path: path.join(dir, name) }))
      const r = await new OneCClient(api).exchangeFiles("catalog", files)
      expect([r["import.xml"].lines[0], r["offers.xml"].lines[0]]).toEqual(["success", "success"])
      // 240 offers in batches of 20: after the first batch (13 offers behind the classifier) every pair ran together
      expect(await parallelBatches("offers.xml")).toBe(12)

      const want = expected(path.join(dir, "offers.xml"))
      expect(want.prices.size).toBe(240 * 3)
      expect(want.stock.size).toBe(240 * 3)
      const got = await stored()
      expect(Object.fromEntries(got.prices)).toEqual(Object.fromEntries(want.prices))
      expect(Object.fromEntries(got.stock)).toEqual(Object.fromEntries(want.stock))

      // the same file again: every offer (240) is left out before a workflow runs, like the 3 price types and 3 warehouses; nothing is written
      const again = await new OneCClient(api).exchangeFiles("catalog", [{ name: "offers.xml", path: path.join(dir, "offers.xml") }])
      expect(again["offers.xml"].text).toMatch(/создано 0, изменено 0, без изменений 246\b/)
      expect(await parallelBatches("offers.xml")).toBe(0)
      expect(Object.fromEntries((await stored()).prices)).toEqual(Object.fromEntries(want.prices))

      const d = await new OneCClient(api).exchangeFiles("catalog", [{ name: "offers_delta.xml", path: path.join(dir, "offers_delta.xml") }])
      expect(d["offers_delta.xml"].lines[0]).toBe("success")
      expect(await parallelBatches("offers_delta.xml")).toBe(12)
      const delta = expected(path.join(dir, "offers_delta.xml"))
      const after = await stored()
      // every listed value changed to the delta's, nothing else moved
      const merged = { prices: new Map([...want.prices, ...delta.prices]), stock: new Map([...want.stock, ...delta.stock]) }
      expect(delta.prices.size).toBeGreaterThan(0)
      // every offer of the delta was known and is counted as changed (the hashes the exchange read go to the workflow)
      const deltaOffers = new Set([...delta.prices.keys()].map((k) => k.split("|")[0])).size
      expect(d["offers_delta.xml"].text).toMatch(new RegExp(`создано 0, изменено ${deltaOffers},`))
      expect(Object.fromEntries(after.prices)).toEqual(Object.fromEntries(merged.prices))
      expect(Object.fromEntries(after.stock)).toEqual(Object.fromEntries(merged.stock))
    })

    it("applies a pair one batch at a time when a batch would create a warehouse (no location created twice)", async () => {
      process.env.ONE_C_OFFER_PARALLEL = "2"
      // from the 61st offer on, each offer's last warehouse is one the file does not declare: the pair that
      // first meets it must not run together (each batch would create its own location)
      const src = readFileSync(path.join(dir, "offers_delta.xml"))
      const enc = /encoding="([^"]+)"/.exec(src.subarray(0, 200).toString("latin1"))?.[1] ?? "utf-8"
      const parts = iconv.decode(src, enc).split("<Предложение>")
      const text = parts
        .map((part, i) => (i > 60 ? part.replace(/(<Склад ИдСклада=")[^"]+(" КоличествоНаСкладе="[^"]+"\/>)(?=<\/Предложение>)/, "$1new-warehouse-0001$2") : part))
        .join("<Предложение>")
      const file = path.join(dir, "offers_newwh.xml")
      writeFileSync(file, iconv.encode(text, enc))
      // (each test starts from an empty database)
      const r = await new OneCClient(api).exchangeFiles("catalog", [{ name: "import.xml", path: path.join(dir, "import.xml") }, { name: "offers_newwh.xml", path: file }])
      expect([r["import.xml"].lines[0], r["offers_newwh.xml"].lines[0]]).toEqual(["success", "success"])
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const locations = await knex.raw(`select count(*)::int as n from stock_location where name like '1С: склад new-ware%' and deleted_at is null`)
      expect(locations.rows[0].n).toBe(1)
      const want = [...expected(file).stock].filter(([k]) => k.endsWith("|new-warehouse-0001"))
      expect(want.length).toBeGreaterThan(100)
      const got = await stored()
      expect(Object.fromEntries(want.map(([k]) => [k, got.stock.get(k)]))).toEqual(Object.fromEntries(want))
      // the pairs before and after the one that met the new warehouse still ran together (12 without it)
      expect(await parallelBatches("offers_newwh.xml")).toBe(10)
    })
  },
})
