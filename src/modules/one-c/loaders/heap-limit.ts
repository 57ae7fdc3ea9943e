import type { LoaderOptions } from "@medusajs/framework/types"
import { getHeapStatistics } from "node:v8"

/** Above this heap limit V8 lets a large 1C import's garbage grow the process past 1 GB (docs/benchmarks.md). */
export const HEAP_ADVICE_MB = 1536

/**
 * A served instance (`medusa start`) whose heap limit is V8's machine-sized default gets one warning:
 * on a large machine that default is ~4 GB and the heap grows to ~1.2 GB during a 100k-product import
 * although its live data stays under ~400 MB. `npm run demo` starts the server with a limit
 * (B2B_SERVER_HEAP_MB, 768 MB by default); a host project starting Medusa itself should set one too.
 */
export default async function heapLimitLoader({ logger }: LoaderOptions) {
  if (!process.argv.includes("start")) return
  const mb = Math.round(getHeapStatistics().heap_size_limit / 1048576)
  if (mb <= HEAP_ADVICE_MB) return
  logger?.warn(
    `b2b-portal: the server's heap limit is ${mb} MB; with it a large 1C import can take ~1.2 GB of memory. ` +
      `Start the server with NODE_OPTIONS=--max-old-space-size=768 (npm run demo does; README "Configuration").`
  )
}
