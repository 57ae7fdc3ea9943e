import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import {
  catalogIndexFromProducts,
  PRICING_CONTRACT_MODULE,
} from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import { parties } from "../../documents/utils/parties"
import { resolveVariantPrices } from "./resolve-prices"
import { pluginOptions } from "../../../lib/plugin-options"

const PAGE = 1000

type ExportRow = {
  id: string
  legal_entity_id: string | null
  holding_id: string | null
  category_ids: string[] | null
  region_code: string | null
}

/** Chosen categories plus everything below them. */
async function expandCategories(
  container: MedusaContainer,
  ids: string[] | null
): Promise<string[] | null> {
  if (!ids?.length) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id", "parent_category_id"],
  })
  const children = new Map<string, string[]>()
  for (const c of data as { id: string; parent_category_id: string | null }[]) {
    if (!c.parent_category_id) continue
    children.set(c.parent_category_id, [...(children.get(c.parent_category_id) ?? []), c.id])
  }
  const out = new Set<string>()
  const stack = [...ids]
  while (stack.length) {
    const id = stack.pop()!
    if (out.has(id)) continue
    out.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return [...out]
}

/** Stock locations of a sales region (stock_location.metadata.region_code); all when no region. */
async function regionLocations(
  container: MedusaContainer,
  region: string | null
): Promise<Set<string> | null> {
  if (!region) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "metadata"] })
  return new Set(
    (data as { id: string; metadata?: Record<string, unknown> | null }[])
      .filter((l) => l.metadata?.region_code === region)
      .map((l) => l.id)
  )
}

export type PriceListRow = {
  sku: string
  title: string
  variant: string
  category: string
  unit: string
  amount_minor: number | null
  price: string | null
  currency: string
  stock: number
  vat_included: boolean
}

type PageProduct = {
  id: string
  title: string
  metadata: Record<string, unknown> | null
  categories: { id: string; name: string }[]
  tags: { value: string }[]
  variants: {
    id: string
    sku: string | null
    title: string | null
    metadata: Record<string, unknown> | null
  }[]
}

/**
 * One page of the published catalog (keyset by product id) with variants, categories, tags and the
 * stock available per variant in the region's warehouses.
 *
 * A whole-catalog export reads hundreds of thousands of rows: through Query every row is hydrated by
 * the ORM (about 1 ms per product with its relations, measured on the 100k catalog), which alone would
 * exceed the export's budget. This is a read-only report, so it reads Medusa's product, category, tag,
 * link and inventory tables with five plain SQL statements per page over the shared connection
 * (PG_CONNECTION), the way Medusa's own index reads; nothing is written here.
 */
async function catalogPage(
  knex: any,
  after: string | null,
  take: number,
  categories: string[] | null,
  locations: Set<string> | null
): Promise<{ products: PageProduct[]; stock: Map<string, number> }> {
  let q = knex("product as p")
    .select("p.id", "p.title", "p.metadata")
    .where("p.status", "published")
    .whereNull("p.deleted_at")
  if (after) q = q.where("p.id", ">", after)
  if (categories)
    q = q.whereIn(
      "p.id",
      knex("product_category_product")
        .select("product_id")
        .whereIn("product_category_id", categories)
    )
  const rows: { id: string; title: string; metadata: Record<string, unknown> | null }[] = await q
    .orderBy("p.id")
    .limit(take)
  if (!rows.length) return { products: [], stock: new Map() }
  const ids = rows.map((r) => r.id)
  const [variants, cats, tags] = await Promise.all([
    knex("product_variant")
      .select("id", "product_id", "sku", "title", "metadata")
      .whereIn("product_id", ids)
      .whereNull("deleted_at")
      .orderBy(["product_id", "variant_rank", "id"]),
    knex("product_category_product as pcp")
      .join("product_category as c", "c.id", "pcp.product_category_id")
      .select("pcp.product_id", "c.id", "c.name")
      .whereIn("pcp.product_id", ids)
      .whereNull("c.deleted_at")
      .orderBy(["pcp.product_id", "c.rank", "c.name"]),
    knex("product_tags as pt")
      .join("product_tag as t", "t.id", "pt.product_tag_id")
      .select("pt.product_id", "t.value")
      .whereIn("pt.product_id", ids)
      .whereNull("t.deleted_at"),
  ])
  const variantIds = (variants as { id: string }[]).map((v) => v.id)
  let sq = knex("product_variant_inventory_item as l")
    .join("inventory_level as il", "il.inventory_item_id", "l.inventory_item_id")
    .select(
      "l.variant_id",
      knex.raw("sum(il.stocked_quantity - il.reserved_quantity) as available")
    )
    .whereIn("l.variant_id", variantIds)
    .whereNull("l.deleted_at")
    .whereNull("il.deleted_at")
    .groupBy("l.variant_id")
  if (locations) sq = sq.whereIn("il.location_id", [...locations])
  const stockRows: { variant_id: string; available: string | number }[] = variantIds.length
    ? await sq
    : []
  const byId = new Map<string, PageProduct>(
    rows.map((r) => [r.id, { ...r, categories: [], tags: [], variants: [] }])
  )
  // why: knex rows are untyped (plain SQL reads of the catalog tables)
  for (const v of variants as any[])
    byId
      .get(v.product_id)
      ?.variants.push({ id: v.id, sku: v.sku, title: v.title, metadata: v.metadata })
  for (const c of cats as { product_id: string; id: string; name: string }[])
    byId.get(c.product_id)?.categories.push({ id: c.id, name: c.name })
  for (const t of tags as { product_id: string; value: string }[])
    byId.get(t.product_id)?.tags.push({ value: t.value })
  return {
    products: [...byId.values()],
    stock: new Map(stockRows.map((r) => [r.variant_id, Number(r.available)])),
  }
}

/**
 * Walks the counterparty's personal price list page by page (the next page is read while the current
 * one is priced and written), one price resolution per page, handing each visible line to `onRow`
 * (hidden lines are skipped). Progress goes to `onProgress`.
 */
async function eachPriceListRow(
  container: MedusaContainer,
  exp: ExportRow,
  onRow: (row: PriceListRow) => void,
  onProgress?: (done: number, total: number) => Promise<void>
): Promise<void> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const cats = await expandCategories(container, exp.category_ids)
  const locations = await regionLocations(container, exp.region_code)
  let countQ = knex("product as p")
    .count("* as n")
    .where("p.status", "published")
    .whereNull("p.deleted_at")
  if (cats)
    countQ = countQ.whereIn(
      "p.id",
      knex("product_category_product").select("product_id").whereIn("product_category_id", cats)
    )
  const total = Number((await countQ)[0].n)
  let done = 0
  let next = catalogPage(knex, null, PAGE, cats, locations)
  for (;;) {
    const { products, stock } = await next
    if (!products.length) break
    const last = products[products.length - 1].id
    if (products.length === PAGE) next = catalogPage(knex, last, PAGE, cats, locations)
    else next = Promise.resolve({ products: [], stock: new Map() })
    const variantIds = products.flatMap((p) => p.variants.map((v) => v.id))
    const prices = await resolveVariantPrices(
      container,
      {
        legal_entity_id: exp.legal_entity_id,
        holding_id: exp.holding_id,
        region_code: exp.region_code,
        currency_code: "rub",
        bypass_cache: true,
        catalog: catalogIndexFromProducts(products),
      },
      variantIds
    )
    const byId = new Map(prices.map((p) => [p.variant_id, p]))
    for (const p of products) {
      for (const v of p.variants) {
        const price = byId.get(v.id)
        if (!price || price.hidden) continue
        onRow({
          sku: v.sku ?? "",
          title: p.title,
          variant: v.title && v.title !== "default" && v.title !== "Default variant" ? v.title : "",
          category: p.categories[0]?.name ?? "",
          unit: (v.metadata?.unit as string) ?? (p.metadata?.unit as string) ?? "шт",
          amount_minor: price.amount_minor,
          price: price.amount ?? null,
          currency: price.currency_code.toUpperCase(),
          stock: Math.max(0, stock.get(v.id) ?? 0),
          vat_included: price.provenance?.vat_included !== false,
        })
      }
    }
    done += products.length
    await onProgress?.(done, total)
  }
}

/**
 * Writes the price list as XLSX with exceljs' streaming writer (rows are committed as they are written:
 * memory stays flat however long the list).
 */
export async function generatePriceListXlsx(
  container: MedusaContainer,
  exp: ExportRow,
  onProgress?: (done: number, total: number) => Promise<void>
) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "b2b-pricelist-"))
  const file = path.join(dir, `price-list-${exp.id}.xlsx`)
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useStyles: true,
      useSharedStrings: false,
    })
    const ws = wb.addWorksheet("Прайс-лист", { views: [{ state: "frozen", ySplit: 1 }] })
    ws.columns = [
      { header: "Артикул", key: "sku", width: 22 },
      { header: "Наименование", key: "title", width: 60 },
      { header: "Вариант", key: "variant", width: 20 },
      { header: "Категория", key: "category", width: 30 },
      { header: "Цена", key: "price", width: 14, style: { numFmt: "#,##0.00" } },
      { header: "Валюта", key: "currency", width: 8 },
      { header: "Остаток", key: "stock", width: 10 },
      // whether the price includes VAT (its price type's УчтеноВСумме)
      { header: "НДС", key: "vat", width: 12 },
    ]
    ws.getRow(1).font = { bold: true }
    ws.getRow(1).commit()
    let written = 0
    await eachPriceListRow(
      container,
      exp,
      (r) => {
        ws.addRow({
          ...r,
          // the cell holds a number for spreadsheet arithmetic; the value comes from exact minor units
          price: r.amount_minor !== null ? r.amount_minor / 100 : null,
          vat: r.vat_included ? "в т.ч. НДС" : "без НДС",
        }).commit()
        written++
      },
      onProgress
    )
    ws.commit()
    await wb.commit()
    return {
      buffer: readFileSync(file),
      rows: written,
      file_name: `price-list-${new Date().toISOString().slice(0, 10)}.xlsx`,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A PDF price list is for reading and printing: beyond this many lines the buyer is sent to XLSX. */
export const pdfMaxRows = () => pluginOptions().documents.priceListPdfMaxRows

/**
 * Renders the price list as PDF with the documents' renderer and the active "price_list" template
 * (editable like every document template), lines grouped by category.
 */
export async function generatePriceListPdf(
  container: MedusaContainer,
  exp: ExportRow,
  onProgress?: (done: number, total: number) => Promise<void>
) {
  if (!exp.legal_entity_id)
    throw new Error("A PDF price list needs the counterparty it is made for")
  const max = pdfMaxRows()
  const groups = new Map<string, PriceListRow[]>()
  let inclusive = 0
  let exclusive = 0
  let count = 0
  let currency = "RUB"
  await eachPriceListRow(
    container,
    exp,
    (r) => {
      if (++count > max)
        throw new Error(
          `A PDF price list holds at most ${max} lines; choose categories or download XLSX`
        )
      currency = r.currency
      const key = r.category || "Без категории"
      groups.set(key, [...(groups.get(key) ?? []), r])
      if (r.vat_included) inclusive++
      else exclusive++
    },
    onProgress
  )
  const { buyer, supplier } = await parties(container, exp.legal_entity_id)
  const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
  const template = await docs.activeTemplate("price_list")
  const date = new Date().toISOString().slice(0, 10)
  const buffer = await docs.renderTemplatePdf(template, {
    date,
    supplier,
    buyer,
    region: exp.region_code,
    currency,
    total_lines: count,
    // what the prices are, per line when they differ: "в т.ч. НДС" (VAT-inclusive type) or "без НДС"
    prices_include_vat: exclusive === 0,
    prices_exclude_vat: inclusive === 0 && exclusive > 0,
    groups: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b, "ru"))
      .map(([name, lines]) => ({
        name,
        lines: lines.map((l) => ({
          ...l,
          price: l.price ?? "",
          stock: String(l.stock),
          vat_note: exclusive && inclusive ? (l.vat_included ? "в т.ч. НДС" : "без НДС") : "",
        })),
      })),
  })
  return { buffer, rows: count, file_name: `price-list-${date}.pdf` }
}

export async function updateExportProgress(
  container: MedusaContainer,
  id: string,
  processed: number,
  total: number
) {
  // Operational progress counter only (no business data): written directly, not through a workflow.
  await container
    .resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    .updatePcPriceListExports({ id, processed, total, status: "running" })
}
