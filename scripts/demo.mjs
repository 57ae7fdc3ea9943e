#!/usr/bin/env node
// `npm run demo`: from a fresh clone to a running portal. Installs what is missing, finds or starts
// Postgres, migrates, seeds the demo idempotently, builds what changed, starts the backend (+admin)
// and the storefront, prints URLs and logins, and stops everything on Ctrl-C.
import { spawn } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"
import {
  DATA_DIR,
  ROOT,
  baseEnv,
  ensureChromium,
  ensureDatabase,
  ensureDeps,
  ensurePostgres,
  httpOk,
  log,
  pgUrl,
  run,
  serverNodeOptions,
  waitFor,
} from "./lib/common.mjs"

const PORT = Number(process.env.PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@b2b-portal.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "supersecret-demo"
const SF = path.join(ROOT, "storefront")
const children = []
let pg

mkdirSync(DATA_DIR, { recursive: true })

function secrets() {
  const file = path.join(DATA_DIR, "demo-secrets.json")
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"))
  const s = {
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
  }
  writeFileSync(file, JSON.stringify(s, null, 2), { mode: 0o600 })
  return s
}

/** Hash of the files a build depends on, so an unchanged tree is not rebuilt. */
function treeHash(paths, ignore = []) {
  const h = createHash("sha256")
  const walk = (p) => {
    if (!existsSync(p) || ignore.some((i) => p.includes(i))) return
    const st = statSync(p)
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) walk(path.join(p, e))
    } else {
      h.update(p).update(readFileSync(p))
    }
  }
  paths.forEach((p) => walk(path.join(ROOT, p)))
  return h.digest("hex")
}

async function buildIfChanged(label, stampName, hash, doBuild, outputExists) {
  const stamp = path.join(DATA_DIR, stampName)
  if (outputExists() && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) {
    log(`${label}: build up to date`)
    return
  }
  log(`${label}: building…`)
  const t = Date.now()
  const code = await doBuild()
  if (code !== 0) throw new Error(`${label}: build failed (exit ${code})`)
  writeFileSync(stamp, hash)
  log(`${label}: built in ${((Date.now() - t) / 1000).toFixed(1)} s`)
}

function start(label, cmd, args, opts) {
  const child = spawn(cmd, args, { ...opts, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  const logFile = path.join(DATA_DIR, `${label}.log`)
  writeFileSync(logFile, "")
  const sink = (buf) => {
    try {
      writeFileSync(logFile, buf, { flag: "a" })
    } catch {
      /* ignore */
    }
  }
  child.stdout.on("data", sink)
  child.stderr.on("data", sink)
  child.on("exit", (code, signal) => {
    if (!shuttingDown) {
      log(`${label} exited (${code ?? signal}); see ${path.relative(ROOT, logFile)}`)
      shutdown(1)
    }
  })
  children.push({ label, child })
  return child
}

let shuttingDown = false
async function shutdown(code = 0) {
  if (shuttingDown) return
  shuttingDown = true
  log("stopping…")
  for (const { child } of children) {
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      /* already gone */
    }
  }
  await new Promise((r) => setTimeout(r, 1500))
  for (const { child } of children) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      /* already gone */
    }
  }
  if (pg) await pg.stop().catch(() => {})
  log("stopped")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  const t0 = Date.now()
  await ensureDeps(ROOT, "backend")
  await ensureDeps(SF, "storefront")
  if (!ensureChromium())
    log(
      "documents (invoices, UPD, acts, PDF price lists) will show as failed until Chromium is installed"
    )

  pg = await ensurePostgres()
  const dbName = pg.database || process.env.DB_NAME || "b2b_portal_demo"
  if (await ensureDatabase(pg, dbName)) log(`created database ${dbName}`)
  const databaseUrl = process.env.DATABASE_URL || pgUrl(pg, dbName)
  log(`Postgres: ${pg.source}, database ${dbName}`)

  const env = baseEnv({
    ...secrets(),
    DATABASE_URL: databaseUrl,
    PORT: String(PORT),
    STOREFRONT_URL: `http://localhost:${STOREFRONT_PORT}`,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    // the demo serves the admin over plain http://localhost, where a Secure session cookie is dropped
    COOKIE_SECURE: process.env.COOKIE_SECURE || "false",
  })
  const medusa = path.join(ROOT, "node_modules", ".bin", "medusa")

  log("migrating…")
  if ((await run(medusa, ["db:migrate"], { env })) !== 0) throw new Error("migrations failed")

  log("seeding the demo (idempotent)…")
  if ((await run(medusa, ["exec", "./src/scripts/seed-demo.ts"], { env })) !== 0)
    throw new Error("seed failed")
  const keyFile = path.join(DATA_DIR, "publishable-key.txt")
  const publishableKey = existsSync(keyFile) ? readFileSync(keyFile, "utf8").trim() : ""

  await buildIfChanged(
    "backend",
    "backend-build.sha256",
    treeHash(["src", "medusa-config.ts", "package-lock.json", "tsconfig.json"]),
    () => run(medusa, ["build"], { env }),
    () => existsSync(path.join(ROOT, ".medusa", "server", "public", "admin", "index.html"))
  )
  await buildIfChanged(
    "storefront",
    "storefront-build.sha256",
    treeHash(
      [
        "storefront/src",
        "storefront/package-lock.json",
        "storefront/next.config.mjs",
        "storefront/next.config.ts",
      ],
      ["node_modules", ".next"]
    ),
    () => run("npm", ["run", "build"], { cwd: SF, env: baseEnv() }),
    () => existsSync(path.join(SF, ".next", "BUILD_ID"))
  )

  // The production server runs from .medusa/server; Node finds node_modules in the repository root.
  start("backend", medusa, ["start"], {
    cwd: path.join(ROOT, ".medusa", "server"),
    env: { ...env, NODE_ENV: "production", NODE_OPTIONS: serverNodeOptions(env) },
  })
  start("storefront", "npm", ["run", "start"], {
    cwd: SF,
    env: baseEnv({
      PORT: String(STOREFRONT_PORT),
      MEDUSA_BACKEND_URL: `http://localhost:${PORT}`,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
    }),
  })
  await waitFor(() => httpOk(`http://localhost:${PORT}/health`), {
    timeoutMs: 120000,
    what: "backend /health",
  })
  await waitFor(() => httpOk(`http://localhost:${STOREFRONT_PORT}/`), {
    timeoutMs: 60000,
    what: "storefront",
  })

  const loginsFile = path.join(DATA_DIR, "demo-logins.txt")
  const logins = existsSync(loginsFile) ? readFileSync(loginsFile, "utf8").trim() : ""
  console.log(`
==================== b2b-portal demo is up (${((Date.now() - t0) / 1000).toFixed(0)} s) ====================
  Storefront (buyers):        http://localhost:${STOREFRONT_PORT}
  Admin (managers):           http://localhost:${PORT}/app
  API health:                 http://localhost:${PORT}/health
  Admin login:                ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}
  Publishable API key:        ${publishableKey || "(not found)"}
${
  logins
    ? logins
        .split("\n")
        .map((l) => "  " + l)
        .join("\n") + "\n"
    : ""
}  Logs:                       .data/backend.log, .data/storefront.log
  Press Ctrl-C to stop.
==========================================================================================`)
} catch (e) {
  console.error("[b2b] demo failed:", e instanceof Error ? e.message : e)
  await shutdown(1)
}
