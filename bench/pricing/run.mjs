// Contract pricing: engine compile/throughput (100k products), store listing vs plain Medusa; flags: --skip-listing, --products N
import path from "node:path"
import { ROOT, timed } from "../lib.mjs"

const engine = await timed(path.join(ROOT, "node_modules/.bin/ts-node"), [
  "--transpile-only",
  "bench/pricing/engine.ts",
])
process.stdout.write(engine.out)
if (engine.code !== 0) process.exit(1)
if (!process.argv.includes("--skip-listing")) {
  const listing = await timed(process.execPath, [
    "bench/pricing/listing.mjs",
    ...process.argv.slice(2),
  ])
  process.stdout.write(
    listing.out
      .split("\n")
      .filter((l) => l.startsWith("BENCH") || l.startsWith("catalog"))
      .join("\n") + "\n"
  )
  if (listing.code !== 0) {
    console.error(listing.out.slice(-3000))
    process.exit(1)
  }
}
