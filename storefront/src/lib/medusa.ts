import "server-only"

import Medusa from "@medusajs/js-sdk"

import { readConfig, type StorefrontConfig } from "./config"

export type StoreClient =
  | { ok: true; sdk: Medusa; config: StorefrontConfig }
  | { ok: false; reason: "missing-publishable-key"; config: StorefrontConfig }

/**
 * Creates the Medusa JS SDK client from the runtime environment
 * (MEDUSA_BACKEND_URL, default http://localhost:9000; MEDUSA_PUBLISHABLE_KEY).
 * Server-only: the key is read per request, never bundled for the browser.
 */
export function getStoreClient(env: Record<string, string | undefined> = process.env): StoreClient {
  const config = readConfig(env)
  if (!config.publishableKey) {
    return { ok: false, reason: "missing-publishable-key", config }
  }
  const sdk = new Medusa({
    baseUrl: config.backendUrl,
    publishableKey: config.publishableKey,
    debug: process.env.NODE_ENV === "development",
    // No customer auth in this storefront; never persist tokens on the server.
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  })
  return { ok: true, sdk, config }
}
