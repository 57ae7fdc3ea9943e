import type { LoaderOptions } from "@medusajs/framework/types"
import { installPooledRandom } from "../../../lib/runtime/pooled-random"

/** Process-wide: Medusa's row ids draw their randomness in blocks (see lib/runtime/pooled-random). */
export default async function pooledRandomLoader(_: LoaderOptions) {
  installPooledRandom()
}
