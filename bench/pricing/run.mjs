// Contract pricing: engine compile time and throughput (100k products, 1,000 product + 200 category rules).
import path from "node:path"
import { ROOT, timed } from "../lib.mjs"

const r = await timed(path.join(ROOT, "node_modules/.bin/ts-node"), ["--transpile-only", "bench/pricing/engine.ts"])
process.stdout.write(r.out)
process.exit(r.code ?? 1)
