import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { securityHeaders } from "./security-headers.mjs"

// Telemetry is also disabled in every npm script (NEXT_TELEMETRY_DISABLED=1);
// setting it here covers `npx next ...` invoked directly.
process.env.NEXT_TELEMETRY_DISABLED = "1"

const appDir = dirname(fileURLToPath(import.meta.url))

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // NEXT_DIST_DIR: a build beside the demo's .next (the browser test builds into .next-e2e)
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // storefront/ is its own npm project inside the backend repo (which has its
  // own package-lock.json): keep Next from treating the repo root as the root.
  outputFileTracingRoot: appDir,
  // Product thumbnails come from the Medusa backend (arbitrary host);
  // plain <img> is used, so no image optimisation / remote patterns needed.
  images: { unoptimized: true },
  // ESLint is not part of this minimal app; typecheck runs via `next build` / `npm run typecheck`.
  eslint: { ignoreDuringBuilds: true },
  // CSP and the other security headers on every page and asset (security-headers.mjs says why each is so)
  async headers() {
    const dev = process.env.NODE_ENV === "development"
    return [
      {
        source: "/:path*",
        headers: securityHeaders({ dev, production: process.env.NODE_ENV === "production" }),
      },
    ]
  },
}

export default nextConfig
