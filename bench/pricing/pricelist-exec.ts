// Runs inside `medusa exec`: generates a counterparty's full price list (XLSX, streaming) and reports
// time, rows and peak RSS growth sampled every 50 ms.
import type { ExecArgs } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../src/modules/company"
import type CompanyModuleService from "../../src/modules/company/service"
import { generatePriceListXlsx } from "../../src/workflows/pricing-contract/utils"

export default async function run({ container }: ExecArgs) {
  const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [le] = await company.listB2bLegalEntities({ name: "СтройИнвест Москва" } as any)
  if (global.gc) global.gc()
  const rss0 = process.memoryUsage().rss
  let peak = rss0
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const t = process.hrtime.bigint()
  // the time at which the first half of the catalog (≈ 100,000 rows of the 100k/2-variant seed) is written
  let half: number | null = null
  const out = await generatePriceListXlsx(
    container,
    {
      id: "bench",
      legal_entity_id: le?.id ?? null,
      holding_id: (le as any)?.holding_id ?? null,
      category_ids: null,
      region_code: "central",
    },
    async (done, total) => {
      if (half === null && done * 2 >= total) half = Number(process.hrtime.bigint() - t) / 1e9
    }
  )
  const secs = Number(process.hrtime.bigint() - t) / 1e9
  clearInterval(timer)
  console.log(`BENCH pricelist_xlsx_rows ${out.rows} rows`)
  console.log(`BENCH pricelist_xlsx_bytes ${(out.buffer.length / 1048576).toFixed(1)} MB`)
  console.log(`BENCH pricelist_xlsx_${Math.round(out.rows / 1000)}k ${secs.toFixed(1)} s`)
  if (half !== null && out.rows >= 150000)
    console.log(
      `BENCH pricelist_xlsx_100k ${half.toFixed(1)} s (first ${Math.round(out.rows / 2000)}k rows)`
    )
  console.log(`BENCH pricelist_rss_growth ${((peak - rss0) / 1048576).toFixed(0)} MB`)
}
