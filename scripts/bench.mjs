#!/usr/bin/env node
// `npm run bench` lists the benchmarks; `npm run bench -- NAME [args]` runs bench/NAME/run.mjs.
// Each benchmark prepares its own database and prints its figures as `BENCH <metric> <value> <unit>`.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { ROOT, ensureDeps, run } from "./lib/common.mjs"

const benchDir = path.join(ROOT, "bench")
const all = readdirSync(benchDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(benchDir, d.name, "run.mjs")))
  .map((d) => d.name)
  .sort()
const [name, ...args] = process.argv.slice(2)
if (!name) {
  console.log("Benchmarks (npm run bench -- NAME):")
  for (const b of all) {
    const first =
      readFileSync(path.join(benchDir, b, "run.mjs"), "utf8")
        .split("\n")
        .find((l) => l.startsWith("// ")) ?? ""
    console.log(`  ${b.padEnd(14)} ${first.replace(/^\/\/ /, "")}`)
  }
  process.exit(0)
}
if (!all.includes(name)) {
  console.error(`unknown benchmark "${name}"; known: ${all.join(", ")}`)
  process.exit(2)
}
await ensureDeps(ROOT, "backend")
process.exit(await run(process.execPath, [path.join(benchDir, name, "run.mjs"), ...args]))
