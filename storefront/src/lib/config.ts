/**
 * Runtime configuration, read from the server's environment on every request
 * (never inlined at build time), so a built app picks up a new key on restart
 * without a rebuild.
 */

export const DEFAULT_BACKEND_URL = "http://localhost:9000"

export type StorefrontConfig = {
  /** Medusa backend base URL without a trailing slash. */
  backendUrl: string
  /** Publishable API key (pk_...); null when not configured. */
  publishableKey: string | null
  /** Optional region for calculated prices; null when not configured. */
  regionId: string | null
}

type Env = Record<string, string | undefined>

function clean(value: string | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

export function readConfig(env: Env = process.env): StorefrontConfig {
  const rawUrl = clean(env.MEDUSA_BACKEND_URL) ?? DEFAULT_BACKEND_URL
  return {
    backendUrl: rawUrl.replace(/\/+$/, ""),
    publishableKey: clean(env.MEDUSA_PUBLISHABLE_KEY),
    regionId: clean(env.MEDUSA_REGION_ID),
  }
}
