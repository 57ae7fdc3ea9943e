import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { PRICING_CONTRACT_MODULE } from "../../modules/pricing-contract"
import type PricingContractModuleService from "../../modules/pricing-contract/service"
import { DOCUMENTS_MODULE } from "../../modules/documents"
import type DocumentsModuleService from "../../modules/documents/service"
import { getRenderer } from "../../modules/documents/lib/renderer"
import { renderHtml } from "../../modules/documents/lib/templates"
import { parties } from "../documents/parties"
import { catalogIndexFromProducts, resolveVariantPrices } from "./resolve"

const PAGE = 1000

type ExportRow = {
  id: string
  legal_entity_id: string | null
  holding_id: string | null
  category_ids: string[] | null
  region_code: string | null
}

/** Chosen categories plus everything below them. */
async function expandCategories(container: MedusaContainer, ids: string[] | null): Promise<string[] | null> {
  if (!ids?.length) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_category", fields: ["id", "parent_category_id"] })
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
async function regionLocations(container: MedusaContainer, region: string | null): Promise<Set<string> | null> {
  if (!region) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "metadata"] })
  return new Set((data as { id: string; metadata?: Record<string, unknown> | null }[]).filter((l) => l.metadata?.region_code === region).map((l) => l.id))
}

export type PriceListRow = { sku: string; title: string; variant: string; category: string; unit: string; amount_minor: number | null; price: string | null; currency: string; stock: number }

/**
 * Walks the counterparty's personal price list page by page of 1,000 products, one price resolution per
 * page, handing each visible line to `onRow` (hidden lines are skipped). Progress goes to `onProgress`.
 */
async function eachPriceListRow(
  container: MedusaContainer,
  exp: ExportRow,
  onRow: (row: PriceListRow) => void,
  onProgress?: (done: number, total: number) => Promise<void>
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cats = await expandCategories(container, exp.category_ids)
  const locations = await regionLocations(container, exp.region_code)
  const filters: Record<string, unknown> = { status: "published" }
  if (cats) filters.categories = { id: cats }
  let offset = 0
  let total = 0
  for (;;) {
    const { data, metadata } = await query.graph({
      entity: "product",
      fields: ["id", "title", "metadata", "categories.id", "categories.name", "tags.value", "variants.id", "variants.sku", "variants.title", "variants.metadata", "variants.inventory_items.inventory_item_id"],
      filters,
      pagination: { take: PAGE, skip: offset, order: { id: "ASC" } },
    })
    total = metadata?.count ?? total
    const products = data as any[]
    if (!products.length) break
    const variantIds = products.flatMap((p) => (p.variants ?? []).map((v: { id: string }) => v.id))
    const itemIds = products.flatMap((p) => (p.variants ?? []).flatMap((v: any) => (v.inventory_items ?? []).map((i: any) => i.inventory_item_id)))
    const [prices, levels] = await Promise.all([
      resolveVariantPrices(
        container,
        { legal_entity_id: exp.legal_entity_id, holding_id: exp.holding_id, region_code: exp.region_code, currency_code: "rub", bypass_cache: true, catalog: catalogIndexFromProducts(products) },
        variantIds
      ),
      itemIds.length
        ? query.graph({ entity: "inventory_level", fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"], filters: { inventory_item_id: itemIds } })
        : Promise.resolve({ data: [] as any[] }),
    ])
    // available stock per inventory item in the region's warehouses
    const available = new Map<string, number>()
    for (const l of levels.data as any[]) {
      if (locations && !locations.has(l.location_id)) continue
      available.set(l.inventory_item_id, (available.get(l.inventory_item_id) ?? 0) + Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0))
    }
    const byId = new Map(prices.map((p) => [p.variant_id, p]))
    for (const p of products) {
      for (const v of p.variants ?? []) {
        const price = byId.get(v.id)
        if (!price || price.hidden) continue
        let stock = 0
        for (const ii of v.inventory_items ?? []) stock += available.get(ii.inventory_item_id) ?? 0
        onRow({
          sku: v.sku ?? "",
          title: p.title,
          variant: v.title && v.title !== "default" && v.title !== "Default variant" ? v.title : "",
          category: p.categories?.[0]?.name ?? "",
          unit: (v.metadata?.unit as string) ?? (p.metadata?.unit as string) ?? "шт",
          amount_minor: price.amount_minor,
          price: price.amount ?? null,
          currency: price.currency_code.toUpperCase(),
          stock: Math.max(0, stock),
        })
      }
    }
    offset += products.length
    await onProgress?.(offset, total)
    if (offset >= total) break
  }
}

/**
 * Writes the price list as XLSX with exceljs' streaming writer (rows are committed as they are written:
 * memory stays flat however long the list).
 */
export async function generatePriceListXlsx(container: MedusaContainer, exp: ExportRow, onProgress?: (done: number, total: number) => Promise<void>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "b2b-pricelist-"))
  const file = path.join(dir, `price-list-${exp.id}.xlsx`)
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false })
    const ws = wb.addWorksheet("Прайс-лист", { views: [{ state: "frozen", ySplit: 1 }] })
    ws.columns = [
      { header: "Артикул", key: "sku", width: 22 },
      { header: "Наименование", key: "title", width: 60 },
      { header: "Вариант", key: "variant", width: 20 },
      { header: "Категория", key: "category", width: 30 },
      { header: "Цена", key: "price", width: 14, style: { numFmt: "#,##0.00" } },
      { header: "Валюта", key: "currency", width: 8 },
      { header: "Остаток", key: "stock", width: 10 },
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
        }).commit()
        written++
      },
      onProgress
    )
    ws.commit()
    await wb.commit()
    return { buffer: readFileSync(file), rows: written, file_name: `price-list-${new Date().toISOString().slice(0, 10)}.xlsx` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A PDF price list is for reading and printing: beyond this many lines the buyer is sent to XLSX. */
export const pdfMaxRows = () => Number(process.env.B2B_PRICE_LIST_PDF_MAX_ROWS) || 5000

/**
 * Renders the price list as PDF with the documents' renderer and the active "price_list" template
 * (editable like every document template), lines grouped by category.
 */
export async function generatePriceListPdf(container: MedusaContainer, exp: ExportRow, onProgress?: (done: number, total: number) => Promise<void>) {
  if (!exp.legal_entity_id) throw new Error("A PDF price list needs the counterparty it is made for")
  const max = pdfMaxRows()
  const groups = new Map<string, PriceListRow[]>()
  let count = 0
  let currency = "RUB"
  await eachPriceListRow(
    container,
    exp,
    (r) => {
      if (++count > max) throw new Error(`A PDF price list holds at most ${max} lines; choose categories or download XLSX`)
      currency = r.currency
      const key = r.category || "Без категории"
      groups.set(key, [...(groups.get(key) ?? []), r])
    },
    onProgress
  )
  const { buyer, supplier } = await parties(container, exp.legal_entity_id)
  const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
  const template = await docs.activeTemplate("price_list")
  const date = new Date().toISOString().slice(0, 10)
  const html = renderHtml(template, {
    date,
    supplier,
    buyer,
    region: exp.region_code,
    currency,
    total_lines: count,
    groups: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b, "ru"))
      .map(([name, lines]) => ({ name, lines: lines.map((l) => ({ ...l, price: l.price ?? "", stock: String(l.stock) })) })),
  })
  const buffer = await getRenderer().render(html)
  return { buffer, rows: count, file_name: `price-list-${date}.pdf` }
}

export async function updateExportProgress(container: MedusaContainer, id: string, processed: number, total: number) {
  // Operational progress counter only (no business data): written directly, not through a workflow.
  await container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE).updatePcPriceListExports({ id, processed, total, status: "running" })
}
