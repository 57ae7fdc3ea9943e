/**
 * Real PDFs from the system Chromium, read back with poppler's pdftotext. Skipped (with a message) only when
 * Chromium is not installed.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { amountInWordsRu } from "../lib/amount-in-words"
import { defaultTemplate, type DocumentType } from "../lib/defaults"
import { sampleActData, sampleInvoiceData, sampleUpdData } from "../lib/defaults/samples"
import { formatMoney } from "../lib/format"
import { chromiumProcesses } from "../lib/processes"
import { PdfRenderer } from "../lib/renderer"
import { renderHtml } from "../lib/templates"

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const HAS_CHROMIUM = existsSync(CHROMIUM)
if (!HAS_CHROMIUM) {
  // eslint-disable-next-line no-console
  console.warn(
    `render tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`
  )
}
const describeIfChromium = HAS_CHROMIUM ? describe : describe.skip

jest.setTimeout(60_000)

/** One run of whitespace (incl. the narrow no-break spaces of amounts) → one space, for layout-proof matching. */
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ").trim()

const html = (type: DocumentType, data: unknown) =>
  renderHtml({ id: type, version: 1, ...defaultTemplate(type) }, data)

describeIfChromium("PDF rendering", () => {
  let dir: string
  let renderer: PdfRenderer

  /** Renders, writes the PDF, returns its text as `pdftotext -layout` extracts it. */
  async function pdfText(
    name: string,
    documentHtml: string
  ): Promise<{ text: string; file: string }> {
    const pdf = await renderer.render(documentHtml)
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")
    const file = path.join(dir, `${name}.pdf`)
    writeFileSync(file, pdf)
    return { text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }), file }
  }

  const pageCount = (file: string) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1])

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "documents-render-test-"))
    renderer = new PdfRenderer({ executablePath: CHROMIUM, pages: 2 })
  })

  afterAll(async () => {
    await renderer?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("renders the default invoice with 50 lines", async () => {
    const data = sampleInvoiceData(50)
    const { text, file } = await pdfText("invoice", html("invoice", data))
    const flat = squash(text)
    expect(flat).toContain("Счёт на оплату № СЧ-2026-001234 от 25 ноября 2026 г.")
    expect(flat).toContain(data.buyer.inn)
    expect(flat).toContain(`Всего к оплате: ${squash(formatMoney(data.total))}`)
    expect(flat).toContain(`В том числе НДС: ${squash(formatMoney(data.vat_total))}`)
    expect(flat).toContain(
      `Всего наименований 50, на сумму ${squash(formatMoney(data.total))} руб.`
    )
    expect(flat).toContain(amountInWordsRu(data.total))
    expect(flat).toContain(data.lines[49].sku as string) // the last line made it into the PDF
    expect(pageCount(file)).toBeGreaterThanOrEqual(2)
  })

  it("renders the reconciliation act", async () => {
    const data = sampleActData()
    const { text } = await pdfText("act", html("reconciliation_act", data))
    const flat = squash(text)
    expect(flat).toContain("Акт сверки взаимных расчётов № АС-2026-0042")
    expect(flat).toContain("за период с 01.10.2026 по 31.10.2026")
    expect(flat).toContain(squash(formatMoney(data.turnover.debit)))
    expect(flat).toContain(squash(formatMoney(data.turnover.credit)))
    expect(flat).toContain(squash(formatMoney(data.closing.debit)))
    expect(flat).toContain(squash(data.closing_text))
  })

  it("renders the UPD on landscape pages", async () => {
    const data = sampleUpdData()
    const { text, file } = await pdfText("upd", html("upd", data))
    const flat = squash(text)
    // -layout interleaves the status column with the header fields, so check pieces of each
    expect(flat).toContain("Универсальный")
    expect(flat).toContain("Статус: 1")
    expect(flat).toContain("Счёт-фактура № УПД-2026-000873 от 27 ноября 2026 г.")
    expect(flat).toContain(
      `Всего к оплате (9) ${squash(formatMoney(data.net_total))} Х ${squash(formatMoney(data.vat_total))}`
    )
    expect(flat).toContain(squash(formatMoney(data.total)))
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(
      execFileSync("pdfinfo", [file], { encoding: "utf8" })
    )
    expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]))
  })

  it("shares one browser and at most `pages` tabs between concurrent renders", async () => {
    const before = renderer.stats()
    const doc = html("reconciliation_act", sampleActData())
    const pdfs = await Promise.all(Array.from({ length: 6 }, () => renderer.render(doc)))
    expect(pdfs.every((p) => p.length > 1000)).toBe(true)
    const after = renderer.stats()
    expect(after.launches).toBe(before.launches)
    expect(after.renders).toBe(before.renders + 6)
    expect(after.pages).toBeLessThanOrEqual(2)
  })

  it("never lets a document reach the network", async () => {
    let hits = 0
    const server = http.createServer((_req, res) => {
      hits++
      res.end("x")
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const pdf = await renderer.render(
        `<html><head><link rel="stylesheet" href="${base}/a.css"><style>@import url(${base}/b.css);` +
          `body { background: url(${base}/c.png) }</style></head><body><img src="${base}/d.png">` +
          `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">текст<script src="${base}/e.js"></script></body></html>`
      )
      expect(pdf.length).toBeGreaterThan(500)
      expect(hits).toBe(0)
    } finally {
      server.close()
    }
  })

  it("replaces the tab of a render that failed and keeps serving", async () => {
    const impatient = new PdfRenderer({ executablePath: CHROMIUM, pages: 1, timeoutMs: 250 })
    try {
      const huge = `<table>${"<tr><td>строка</td><td>1 234,56</td></tr>".repeat(60_000)}</table>`
      await expect(impatient.render(huge)).rejects.toThrow(/timed? ?out/i)
      const pdf = await impatient.render("<p>после ошибки</p>")
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")
      expect(impatient.stats()).toMatchObject({ launches: 1, renders: 1, pages: 1 })
    } finally {
      await impatient.close()
    }
  })

  it("relaunches Chromium after a crash, and close() leaves no Chromium process behind", async () => {
    const doc = html("reconciliation_act", sampleActData())
    await renderer.render(doc)
    const launches = renderer.stats().launches
    const browser = chromiumProcesses().find((p) => p.name === "chromium")
    expect(browser).toBeDefined()
    process.kill(-(browser as { pid: number }).pid, "SIGKILL") // the whole process group, as an OOM kill would
    await new Promise((r) => setTimeout(r, 300))

    expect((await renderer.render(doc)).length).toBeGreaterThan(1000)
    expect(renderer.stats().launches).toBe(launches + 1)

    await renderer.close()
    expect(renderer.stats().pages).toBe(0)
    await new Promise((r) => setTimeout(r, 200))
    expect(chromiumProcesses()).toEqual([])
  })
})
