/**
 * Opt-in, by import, for a host app of the plugin: `import "b2b-portal/runtime/install-pooled-random"`
 * at the top of its `medusa-config.ts` (after its env is loaded) serves small `crypto.randomBytes`
 * draws from a block (see ./pooled-random). This repository's own `medusa-config.ts` calls
 * `installPooledRandom()` right after `loadEnv`.
 */
import { installPooledRandom } from "./pooled-random"

installPooledRandom()
