// Documents: 50-line invoice → PDF with the system Chromium: latency, throughput, process hygiene; flags: --pages N
//
//   node bench/documents/render.mjs [--pages 2] [--runs 30] [--throughput 100] [--soak 1000]
//
// Prints `BENCH <metric> <value> <unit>` lines. The timed path is the one the documents module takes:
// renderHtml (cached template) + PdfRenderer.render. Exits 1 if a Chromium process outlives close().
import { requireTs } from "./load-ts.mjs"

const { PdfRenderer } = requireTs("src/modules/documents/lib/renderer.ts")
const { renderHtml } = requireTs("src/modules/documents/lib/templates.ts")
const { defaultTemplate } = requireTs("src/modules/documents/lib/defaults/index.ts")
const { sampleInvoiceData } = requireTs("src/modules/documents/lib/defaults/samples.ts")
const { chromiumProcesses } = requireTs("src/modules/documents/lib/processes.ts")

function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const POOL = flag("pages", 2)
const RUNS = flag("runs", 30)
const THROUGHPUT_DOCS = flag("throughput", 100)
const SOAK_DOCS = flag("soak", 1000)

const bench = (metric, value, unit) =>
  console.log(`BENCH ${metric} ${typeof value === "number" ? +value.toFixed(2) : value} ${unit}`)
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const template = { id: "invoice-default", version: 1, ...defaultTemplate("invoice") }
const data = sampleInvoiceData(50)
const renderer = new PdfRenderer({ pages: POOL })
const renderInvoice = () => renderer.render(renderHtml(template, data))

/** Renders `count` invoices with `concurrency` renders in flight; returns the wall time in ms. */
async function renderMany(count, concurrency) {
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++
        await renderInvoice()
      }
    })
  )
  return performance.now() - started
}

// Warm-up: launches Chromium, opens every pool tab, lets V8 and Chromium settle.
let t = performance.now()
const first = await renderInvoice()
bench("invoice_first_render", performance.now() - t, "ms")
console.log(
  `pdf size ${(first.length / 1024).toFixed(0)} KiB, ${data.lines.length} lines, pool ${POOL}`
)
await renderMany(4 * POOL, POOL)

const times = []
for (let i = 0; i < RUNS; i++) {
  t = performance.now()
  await renderInvoice()
  times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
bench("invoice_render_median", percentile(times, 50), "ms")
bench("invoice_render_p95", percentile(times, 95), "ms")

const ms = await renderMany(THROUGHPUT_DOCS, POOL)
bench("invoice_throughput", (THROUGHPUT_DOCS / ms) * 1000, "docs/s")

const rssMiB = (list) => list.reduce((sum, p) => sum + p.rss, 0) / 2 ** 20
const processesBefore = chromiumProcesses()
t = performance.now()
await renderMany(SOAK_DOCS, POOL)
const soakSeconds = (performance.now() - t) / 1000
console.log(`${SOAK_DOCS} invoices in ${soakSeconds.toFixed(1)} s`)
const processesAfter = chromiumProcesses()
bench("chromium_processes_before_soak", processesBefore.length, "count")
bench(`chromium_processes_after_${SOAK_DOCS}`, processesAfter.length, "count")
// Summed RSS double-counts shared pages; it is a leak indicator, not the real footprint.
bench("chromium_rss_before_soak", rssMiB(processesBefore), "MiB")
bench(`chromium_rss_after_${SOAK_DOCS}`, rssMiB(processesAfter), "MiB")
bench("renderer_launches", renderer.stats().launches, "count")
bench("renderer_pages", renderer.stats().pages, "count")

await renderer.close()
// Chromium's helpers exit asynchronously after the browser process; give them a moment.
let left = chromiumProcesses()
for (let waited = 0; left.length && waited < 3000; waited += 100) {
  await sleep(100)
  left = chromiumProcesses()
}
bench("chromium_processes_after_close", left.length, "count")
if (left.length) {
  console.error(
    `Chromium processes left after close(): ${left.map((p) => `${p.pid} ${p.name}`).join(", ")}`
  )
  process.exit(1)
}
