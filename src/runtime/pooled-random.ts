import crypto from "node:crypto"
import { environment } from "../lib/plugin-options"

/**
 * Medusa gives every row a ULID (`generateEntityId`), and the `ulid` package draws each of the 16
 * random characters with its own `crypto.randomBytes(1)`: 16 calls into the CSPRNG per id. A 10k
 * catalog import creates ~200k ids and spent 31 s of 150 s CPU in `randomFillSync` (21 %; bench/1c
 * with BENCH_CPU_PROF), a 500-line quick order 4 %.
 *
 * This serves small synchronous `randomBytes(n ≤ 32)` calls from a 4 KiB block filled by the same
 * CSPRNG, as Node itself does for `randomUUID()`: every byte is used once, used bytes are zeroed in
 * the block, each call returns a fresh Buffer. Larger requests and the callback form go to Node
 * unchanged. An opt-in of the host process, not of any module: `medusa-config.ts` calls `installPooledRandom()`
 * (a host app of the plugin may import `b2b-portal/runtime/install-pooled-random`);
 * `B2B_POOLED_RANDOM=false` leaves `crypto.randomBytes` alone.
 */
const BLOCK = 4096
const SMALL = 32
let block: Buffer = Buffer.alloc(0)
let offset = 0
let original: typeof crypto.randomBytes | null = null

export function pooledRandomBytes(size: number): Buffer {
  if (offset + size > block.length) {
    block = original!(BLOCK)
    offset = 0
  }
  const out = Buffer.allocUnsafe(size)
  block.copy(out, 0, offset, offset + size)
  block.fill(0, offset, offset + size)
  offset += size
  return out
}

export function installPooledRandom(
  env: Record<string, string | undefined> = environment()
): boolean {
  if (env.B2B_POOLED_RANDOM === "false") return false
  if (original) return true
  original = crypto.randomBytes
  const native = original
  const patched = function randomBytes(
    size: number,
    callback?: (err: Error | null, buf: Buffer) => void
  ) {
    if (callback === undefined && Number.isInteger(size) && size >= 0 && size <= SMALL)
      return pooledRandomBytes(size)
    // cast to any: patches Node's own crypto.randomBytes in place (its typed overloads cannot be reassigned)
    return (native as any).apply(crypto, arguments as any)
  }
  // the module object itself: `ulid` calls `require("crypto").randomBytes` at every draw
  // cast to any: patches Node's own crypto.randomBytes in place (its typed overloads cannot be reassigned)
  ;(crypto as any).randomBytes = patched
  return true
}

/** Puts Node's own function back (tests). */
export function uninstallPooledRandom() {
  if (!original) return
  crypto.randomBytes = original
  original = null
  block = Buffer.alloc(0)
  offset = 0
}
