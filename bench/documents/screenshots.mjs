// Documents: renders the sample invoice and reconciliation act and saves their first pages as PNG in docs/screenshots.
//
//   node bench/documents/screenshots.mjs
//
// Needs the system Chromium and poppler's pdftoppm (apt-get install chromium poppler-utils).
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT, requireTs } from "./load-ts.mjs"

const { PdfRenderer } = requireTs("src/modules/documents/lib/renderer.ts")
const { renderHtml } = requireTs("src/modules/documents/lib/templates.ts")
const { defaultTemplate } = requireTs("src/modules/documents/lib/defaults/index.ts")
const { sampleActData, sampleInvoiceData } = requireTs(
  "src/modules/documents/lib/defaults/samples.ts"
)

const shots = [
  { file: "invoice", type: "invoice", data: sampleInvoiceData(50) },
  { file: "reconciliation-act", type: "reconciliation_act", data: sampleActData() },
]

const renderer = new PdfRenderer()
const tmp = mkdtempSync(path.join(os.tmpdir(), "documents-screenshots-"))
try {
  for (const { file, type, data } of shots) {
    const html = renderHtml({ id: type, version: 1, ...defaultTemplate(type) }, data)
    const pdf = path.join(tmp, `${file}.pdf`)
    writeFileSync(pdf, await renderer.render(html))
    const png = path.join(ROOT, "docs/screenshots", file) // pdftoppm adds ".png" with -singlefile
    execFileSync("pdftoppm", ["-png", "-r", "80", "-singlefile", pdf, png])
    console.log(`${path.relative(ROOT, png)}.png`)
  }
} finally {
  await renderer.close()
  rmSync(tmp, { recursive: true, force: true })
}
