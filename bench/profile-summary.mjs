// Where a V8 CPU profile spent its time: self time by package and by function, and total
// (inclusive) time of the functions whose name matches a pattern.
//   node bench/profile-summary.mjs <file.cpuprofile> [--top 30] [--match createProducts|inventory]
// Profiles come from BENCH_CPU_PROF=<dir> npm run bench -- <name> (the server writes one on stop).
import { readFileSync } from "node:fs"

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a))
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d)
const top = Number(opt("--top", 30))
const match = opt("--match", null)
if (!file) {
  console.error(
    "usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N] [--match regexp]"
  )
  process.exit(2)
}
const prof = JSON.parse(readFileSync(file, "utf8"))
const byId = new Map(prof.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

// sample counts per node → self time (µs) using the time deltas
const self = new Map()
for (let i = 0; i < prof.samples.length; i++)
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0))
const total = [...self.values()].reduce((a, b) => a + b, 0)

const pkgOf = (url) => {
  if (!url) return "(native/idle)"
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (m) return m[1]
  if (url.includes("/src/"))
    return "(project) " + url.split("/src/")[1].split("/").slice(0, 2).join("/")
  if (url.startsWith("node:")) return url
  return url.split("/").slice(-2).join("/")
}
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v)
const byPkg = new Map()
const byFn = new Map()
for (const [id, us] of self) {
  const n = byId.get(id)
  const cf = n.callFrame
  add(byPkg, pkgOf(cf.url), us)
  add(byFn, `${cf.functionName || "(anonymous)"} ${pkgOf(cf.url)}:${cf.lineNumber + 1}`, us)
}
const pct = (us) =>
  `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1e6).toFixed(1).padStart(7)} s`
console.log(`profile ${file}: ${(total / 1e6).toFixed(1)} s sampled`)
console.log("\nself time by package:")
for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${pct(v)}  ${k}`)
console.log("\nself time by function:")
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${pct(v)}  ${k}`)

if (match) {
  // inclusive time: a sample counts once for every distinct matching function on its stack
  const re = new RegExp(match)
  const incl = new Map()
  for (const [id, us] of self) {
    const seen = new Set()
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame
      const key = `${cf.functionName} ${pkgOf(cf.url)}:${cf.lineNumber + 1}`
      if (re.test(cf.functionName) && !seen.has(key)) {
        seen.add(key)
        add(incl, key, us)
      }
    }
  }
  console.log(`\ninclusive time of functions matching /${match}/:`)
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(v)}  ${k}`)
}
