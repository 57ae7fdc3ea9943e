import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import {
  defaultQuantity,
  quantityProblem,
  toBaseUnits,
  type Terms,
} from "../../../modules/ordering"
import { termsForVariants } from "./quantities"

export const QUICK_ORDER_MAX_ROWS = 5000

export type QuickRow = {
  row: number
  sku: string
  quantity: number | null
  unit: string | null
  raw: string
}
export type QuickResult = {
  row: number
  sku: string
  status: "added" | "unknown_sku" | "invalid_quantity" | "unavailable"
  message?: string
  variant_id?: string
  quantity?: number
}

const num = (s: string) => (/^\d+([.,]\d+)?$/.test(s) ? Number(s.replace(",", ".")) : NaN)

/** The largest quantity one row may ask for (in base units), as on every other order route. */
export const QUICK_ORDER_MAX_QUANTITY = 1_000_000

/**
 * A token the buyer meant as a quantity even when it is not a valid one: signed, exponent, decimal
 * or NaN/Infinity ("-5", "1e12", "NaN"). Such a row is refused by its row number, never read as
 * two articles with the first one at its default quantity.
 */
const QUANTITY_LIKE = /^[-+−]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$|^[-+]?(nan|inf|infinity)$/i

/**
 * Pasted text: one "SKU quantity [unit]" per line (space, tab, ; or , between), or SKUs alone
 * (comma/space separated, quantity = the product's minimum).
 */
export function parseQuickOrderText(text: string): QuickRow[] {
  const rows: QuickRow[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim()
    if (!trimmed) return
    // "SKU qty [unit]" (a decimal comma stays part of the quantity) …
    const tokens = trimmed.split(/[\s;\t]+/).filter(Boolean)
    if (tokens.length >= 2 && QUANTITY_LIKE.test(tokens[1])) {
      rows.push({
        row: i + 1,
        sku: tokens[0],
        quantity: num(tokens[1]),
        unit: tokens[2] ?? null,
        raw: trimmed,
      })
      return
    }
    // … or a list of SKUs separated by commas or spaces, each at its minimum quantity
    for (const sku of trimmed.split(/[\s,;\t]+/).filter(Boolean))
      rows.push({ row: i + 1, sku, quantity: null, unit: null, raw: sku })
  })
  return rows
}

const HEADER_SKU = /^(артикул|sku|код|штрихкод|barcode)$/i
const HEADER_QTY = /^(количество|кол-во|qty|quantity)$/i
const HEADER_UNIT = /^(единица|ед\.?|unit)$/i

function fromTable(cells: string[][]): QuickRow[] {
  if (cells.length > QUICK_ORDER_MAX_ROWS + 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `file: more than ${QUICK_ORDER_MAX_ROWS} rows (${cells.length}); split it`
    )
  }
  let skuCol = 0
  let qtyCol = 1
  let unitCol = -1
  let start = 0
  const head = (cells[0] ?? []).map((c) => c.trim())
  if (head.some((h) => HEADER_SKU.test(h))) {
    skuCol = head.findIndex((h) => HEADER_SKU.test(h))
    qtyCol = head.findIndex((h) => HEADER_QTY.test(h))
    unitCol = head.findIndex((h) => HEADER_UNIT.test(h))
    start = 1
  }
  const rows: QuickRow[] = []
  for (let i = start; i < cells.length; i++) {
    const r = cells[i]
    const sku = (r[skuCol] ?? "").trim()
    const q = qtyCol >= 0 ? (r[qtyCol] ?? "").trim() : ""
    if (!sku && !q) continue
    rows.push({
      row: i + 1,
      sku,
      quantity: q === "" ? null : num(q),
      unit: unitCol >= 0 ? (r[unitCol] ?? "").trim() || null : null,
      raw: r.join(";"),
    })
  }
  return rows
}

/** XLSX (first sheet) or CSV (; or ,) with columns Артикул, Количество[, Единица]; ≤ 5,000 rows. */
export async function parseQuickOrderFile(filename: string, buffer: Buffer): Promise<QuickRow[]> {
  const lower = filename.toLowerCase()
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
    const text = buffer.toString("utf8").replace(/^\uFEFF/, "")
    const delim = (text.split("\n")[0] ?? "").includes(";") ? ";" : ","
    return fromTable(
      text.split(/\r?\n/).map((l) => l.split(delim).map((c) => c.replace(/^"|"$/g, "")))
    )
  }
  if (!lower.endsWith(".xlsx"))
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `file: ${filename} is not an .xlsx or .csv file`
    )
  const wb = new ExcelJS.Workbook()
  try {
    // cast to any: exceljs types want its own Buffer declaration, not Node's Buffer<ArrayBufferLike>
    await wb.xlsx.load(buffer as any)
  } catch (e) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `file: ${filename} is not a readable Excel workbook (${(e as Error).message})`
    )
  }
  const ws = wb.worksheets[0]
  if (!ws) throw new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${filename} has no sheet`)
  if (ws.rowCount > QUICK_ORDER_MAX_ROWS + 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `file: more than ${QUICK_ORDER_MAX_ROWS} rows (${ws.rowCount}); split it`
    )
  }
  const cells: string[][] = []
  ws.eachRow({ includeEmpty: true }, (row) => {
    const vals = (row.values as unknown[])
      .slice(1)
      .map((v) =>
        v == null ? "" : typeof v === "object" && v && "text" in v ? String(v.text) : String(v)
      )
    cells.push(vals)
  })
  return fromTable(cells)
}

/** The downloadable template. */
export async function quickOrderTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet("Заказ")
  ws.columns = [
    { header: "Артикул", key: "sku", width: 24 },
    { header: "Количество", key: "qty", width: 14 },
    { header: "Единица", key: "unit", width: 12 },
  ]
  ws.getRow(1).font = { bold: true }
  ws.addRow({ sku: "MVA-00001-1", qty: 12, unit: "шт" })
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/**
 * Matches rows to variants by article (SKU) or barcode, case-insensitively, checks quantities and
 * units against the products' terms (current cart quantities included) and sums repeated articles.
 */
export async function matchQuickOrder(
  container: MedusaContainer,
  rows: QuickRow[],
  inCart: Map<string, number>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const keys = [...new Set(rows.map((r) => r.sku.trim()).filter(Boolean))]
  const variants: { id: string; sku: string | null; barcode: string | null; product_id: string }[] =
    []
  if (keys.length) {
    const forms = [...new Set(keys.flatMap((k) => [k, k.toUpperCase(), k.toLowerCase()]))]
    const [bySku, byBarcode] = await Promise.all([
      query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "barcode", "product_id"],
        filters: { sku: forms },
      }),
      query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "barcode", "product_id"],
        filters: { barcode: keys },
      }),
    ])
    // cast to any: query.graph/module results are typed without the relations and raw fields requested here
    variants.push(...(bySku.data as any[]), ...(byBarcode.data as any[]))
  }
  const index = new Map<string, (typeof variants)[number]>()
  for (const v of variants) {
    if (v.sku) index.set(v.sku.toUpperCase(), v)
    if (v.barcode) index.set(v.barcode.toUpperCase(), v)
  }
  const { terms } = await termsForVariants(container, [...new Set(variants.map((v) => v.id))])
  const results: QuickResult[] = []
  const totals = new Map<string, number>()
  for (const r of rows) {
    const v = index.get(r.sku.trim().toUpperCase())
    if (!v) {
      results.push({
        row: r.row,
        sku: r.sku,
        status: "unknown_sku",
        message: `unknown article or barcode "${r.sku}"`,
      })
      continue
    }
    const t = terms.get(v.id) as Terms
    const qty = r.quantity === null ? defaultQuantity(t) : r.quantity
    const base =
      Number.isNaN(qty) || !Number.isFinite(qty)
        ? {
            error: `row ${r.row}: "${r.raw}": quantity must be a positive whole number up to ${QUICK_ORDER_MAX_QUANTITY}`,
          }
        : toBaseUnits(t, qty, r.unit)
    if (typeof base !== "number") {
      results.push({
        row: r.row,
        sku: r.sku,
        status: "invalid_quantity",
        message: base.error,
        variant_id: v.id,
      })
      continue
    }
    if (!Number.isInteger(base) || base <= 0 || base > QUICK_ORDER_MAX_QUANTITY) {
      results.push({
        row: r.row,
        sku: r.sku,
        status: "invalid_quantity",
        message: `row ${r.row}: "${r.raw}": quantity must be a positive whole number up to ${QUICK_ORDER_MAX_QUANTITY}`,
        variant_id: v.id,
      })
      continue
    }
    const total = (totals.get(v.id) ?? inCart.get(v.id) ?? 0) + base
    // the row's own quantity must be a positive whole number; the line's total must meet the terms
    const problem =
      quantityProblem({ ...t, min_quantity: 1, multiple: 1 }, base) ?? quantityProblem(t, total)
    if (problem) {
      results.push({
        row: r.row,
        sku: r.sku,
        status: "invalid_quantity",
        message: problem,
        variant_id: v.id,
        quantity: base,
      })
      continue
    }
    totals.set(v.id, total)
    results.push({ row: r.row, sku: r.sku, status: "added", variant_id: v.id, quantity: base })
  }
  return results
}
