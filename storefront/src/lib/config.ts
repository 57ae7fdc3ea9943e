import Medusa from "@medusajs/js-sdk"

/**
 * Runtime configuration, read from the server's environment (never inlined at build time), so a built app
 * picks up a new key on restart without a rebuild; and the storefront's one Medusa JS SDK client.
 * The only place that reads `process.env` (besides next.config.mjs).
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

/**
 * Whether the session cookies are Secure: COOKIE_SECURE=true|false, else in production unless the
 * storefront runs on plain http://localhost (a Secure cookie is dropped there: the demo).
 */
export function cookieSecure(env: Env = process.env): boolean {
  if (env.COOKIE_SECURE) return env.COOKIE_SECURE === "true"
  return (
    env.NODE_ENV === "production" &&
    !/^http:\/\/localhost\b/.test(env.STOREFRONT_URL ?? "http://localhost")
  )
}

let client: { sdk: Medusa; config: StorefrontConfig } | null = null

/**
 * The Medusa JS SDK client (MEDUSA_BACKEND_URL, default http://localhost:9000; MEDUSA_PUBLISHABLE_KEY),
 * made on first use. It keeps no session: it is shared by every request of the server, so the buyer's
 * token and counterparty go with each call (`src/lib/data/cookies.ts`), never into the client.
 */
export function getSdk(): { sdk: Medusa; config: StorefrontConfig } {
  if (!client) {
    const config = readConfig()
    client = {
      config,
      sdk: new Medusa({
        baseUrl: config.backendUrl,
        publishableKey: config.publishableKey ?? undefined,
        debug: process.env.NODE_ENV === "development",
        auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
      }),
    }
  }
  return client
}
