import { readPluginOptions } from "./plugin-options"

/**
 * Reads the portal's runtime configuration from environment variables.
 * Pure (no side effects) so that it can be unit-tested; medusa-config.ts is the only caller at boot.
 */
export type WorkerMode = "shared" | "server" | "worker"

export type RuntimeConfig = {
  databaseUrl: string
  databaseName?: string
  redisUrl?: string
  workerMode: WorkerMode
  port: number
  storeCors: string
  adminCors: string
  authCors: string
  jwtSecret: string
  cookieSecret: string
  adminDisabled: boolean
  backendUrl: string
  /** Secure flag of the admin session cookie: on in production unless COOKIE_SECURE=false (plain-HTTP demo). */
  cookieSecure: boolean
  production: boolean
}

const DEV_SECRET = "b2b-portal-dev-secret-change-me"

export function readRuntimeConfig(env: Record<string, string | undefined>): RuntimeConfig {
  const production = env.NODE_ENV === "production"
  const workerMode = (env.MEDUSA_WORKER_MODE || "shared") as WorkerMode
  if (!["shared", "server", "worker"].includes(workerMode)) {
    throw new Error(
      `MEDUSA_WORKER_MODE must be one of shared|server|worker, got "${env.MEDUSA_WORKER_MODE}"`
    )
  }
  const port = Number(env.PORT || 9000)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`PORT must be a TCP port number, got "${env.PORT}"`)
  }
  const jwtSecret = env.JWT_SECRET || ""
  const cookieSecret = env.COOKIE_SECRET || ""
  if (production && (!jwtSecret || !cookieSecret) && env.B2B_ALLOW_DEV_SECRETS !== "true") {
    throw new Error(
      "JWT_SECRET and COOKIE_SECRET must be set when NODE_ENV=production (or set B2B_ALLOW_DEV_SECRETS=true for a local demo)"
    )
  }
  const storefrontUrl = env.STOREFRONT_URL || "http://localhost:8000"
  const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${port}`
  return {
    databaseUrl: env.DATABASE_URL || "postgres://postgres@localhost:5432/b2b_portal",
    databaseName: env.DB_NAME || undefined,
    redisUrl: env.REDIS_URL ? env.REDIS_URL : undefined,
    workerMode,
    port,
    storeCors: env.STORE_CORS || `${storefrontUrl},http://localhost:8000,http://127.0.0.1:8000`,
    adminCors: env.ADMIN_CORS || `${backendUrl},http://localhost:5173,http://localhost:9000`,
    authCors:
      env.AUTH_CORS ||
      `${storefrontUrl},${backendUrl},http://localhost:8000,http://localhost:5173,http://localhost:9000`,
    jwtSecret: jwtSecret || DEV_SECRET,
    cookieSecret: cookieSecret || DEV_SECRET,
    adminDisabled: env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl,
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE !== "false" : production,
    production,
  }
}

type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/** Our own modules, registered when the repository runs as an application. */
export const PORTAL_MODULES: ModuleEntry[] = [
  { resolve: "./src/modules/company" },
  { resolve: "./src/modules/audit" },
  { resolve: "./src/modules/pricing-contract" },
  { resolve: "./src/modules/ordering" },
  { resolve: "./src/modules/credit" },
  { resolve: "./src/modules/documents" },
  { resolve: "./src/modules/one-c" },
  { resolve: "./src/modules/after-sales" }, // after-sales: complaints, feedback, returns, document requests
]

/**
 * Infrastructure modules: with REDIS_URL the Redis-backed event bus, workflow engine, caching and
 * locking (so several server/worker instances cooperate); without it Medusa's local defaults.
 */
export function infrastructureModules(cfg: Pick<RuntimeConfig, "redisUrl">): ModuleEntry[] {
  if (!cfg.redisUrl) return []
  const redisUrl = cfg.redisUrl
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}

/**
 * E-mail (invitations, registration decisions…) goes through Medusa's notification module. The
 * local provider writes messages to the log and the notification table; a real provider (SMTP,
 * SendGrid…) replaces it in production by configuring the notification module in the host app.
 */
export const NOTIFICATION_MODULE: ModuleEntry = {
  resolve: "@medusajs/medusa/notification",
  options: {
    // Medusa's local provider with the log line masked (tokens in invitation links never reach the log)
    providers: [
      {
        resolve: "./src/providers/notification-local-masked",
        id: "local",
        options: { channels: ["email"] },
      },
    ],
  },
}

export function buildModules(cfg: RuntimeConfig): ModuleEntry[] {
  // the options a host app gives the plugin reach each of its modules; here, the environment's
  const options = readPluginOptions()
  const portal = PORTAL_MODULES.map((m) => ({ ...m, options: { ...options, ...m.options } }))
  return [...portal, NOTIFICATION_MODULE, ...infrastructureModules(cfg)]
}

/** Settings of the demo seed (`npm run demo`, `npm run seed`, the benchmarks' seeds). */
export function readSeedConfig(env: Record<string, string | undefined> = process.env) {
  const whole = (name: string, fallback: number) => {
    const v = env[name]
    if (v === undefined || v.trim() === "") return fallback
    const n = Number(v)
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${v}"`)
    return n
  }
  return {
    seed: whole("DEMO_SEED", 42),
    products: whole("DEMO_PRODUCTS", 500),
    batch: Math.max(1, whole("SEED_BATCH", 200)),
    adminEmail: env.ADMIN_EMAIL || "admin@b2b-portal.local",
    adminPassword: env.ADMIN_PASSWORD || "supersecret-demo",
  }
}
