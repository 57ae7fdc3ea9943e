import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { readPluginOptions } from "./src/lib/plugin-options"
import { buildModules, readRuntimeConfig } from "./src/lib/runtime-config"
import { installPooledRandom } from "./src/runtime/pooled-random"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Opt-in, process-wide: small crypto.randomBytes draws (every row id) served from a 4 KiB block of
// the same CSPRNG (src/runtime/pooled-random.ts); B2B_POOLED_RANDOM=false leaves Node's own.
installPooledRandom()

// Everything comes from the environment with safe local defaults; see README "Configuration".
const cfg = readRuntimeConfig(process.env)
// the portal's options (plugin options with environment fallbacks): a bad value stops the boot here
readPluginOptions()

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: cfg.databaseUrl,
    databaseName: cfg.databaseName,
    redisUrl: cfg.redisUrl,
    workerMode: cfg.workerMode,
    http: {
      storeCors: cfg.storeCors,
      adminCors: cfg.adminCors,
      authCors: cfg.authCors,
      jwtSecret: cfg.jwtSecret,
      cookieSecret: cfg.cookieSecret,
    },
    // A Secure session cookie is never set over plain HTTP, so the admin could not log in at
    // http://localhost in production mode; the demo sets COOKIE_SECURE=false.
    cookieOptions: { secure: cfg.cookieSecure },
  },
  admin: {
    disable: cfg.adminDisabled,
    backendUrl: cfg.backendUrl,
  },
  featureFlags: cfg.redisUrl ? { caching: true } : {},
  modules: buildModules(cfg),
})
