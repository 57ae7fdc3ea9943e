/**
 * Proves the repository works as a published plugin: plugin:build in a scratch copy, npm pack,
 * a fresh Medusa app that installs the tarball and lists it in `plugins` (as README "Install into
 * your Medusa app" says), migrations (the plugin's modules' tables appear), every `exports` entry
 * resolving, a `medusa exec` script that imports `b2b-portal/workflows`, `b2b-portal/modules/company`
 * and `b2b-portal/admin` and runs a workflow, boot, /health and a plugin route.
 */
import { spawn, spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"

jest.setTimeout(15 * 60 * 1000)

const ROOT = path.resolve(__dirname, "../..")
const MEDUSA_VERSION = require(path.join(ROOT, "package.json")).devDependencies["@medusajs/medusa"] as string
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", npm_config_fund: "false", npm_config_audit: "false", NODE_OPTIONS: "" }
delete (env as Record<string, string | undefined>).DATABASE_URL
delete (env as Record<string, string | undefined>).TEST_TYPE

function sh(cmd: string, args: string[], cwd: string, extra: Record<string, string> = {}, timeoutMs = 600_000) {
  const t = Date.now()
  const r = spawnSync(cmd, args, { cwd, env: { ...env, ...extra }, encoding: "utf8", timeout: timeoutMs })
  const secs = ((Date.now() - t) / 1000).toFixed(1)
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}) after ${secs}s:\n${(r.stdout ?? "").slice(-3000)}\n${(r.stderr ?? "").slice(-3000)}`)
  console.log(`${cmd} ${args.slice(0, 2).join(" ")}: ${secs} s`)
  return r.stdout
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer()
    s.listen(0, () => {
      const p = (s.address() as net.AddressInfo).port
      s.close(() => resolve(p))
    })
  })

const pgEnv = () => ({ host: process.env.DB_HOST || "localhost", port: Number(process.env.DB_PORT || 5432), user: process.env.DB_USERNAME || "postgres", password: process.env.DB_PASSWORD || "" })

async function pgQuery(database: string, sql: string) {
  const { Client } = require("pg")
  const c = new Client({ ...pgEnv(), database })
  await c.connect()
  try {
    return (await c.query(sql)).rows
  } finally {
    await c.end()
  }
}

describe("the packed plugin in a fresh Medusa application", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "b2b-plugin-"))
  const dbName = `b2b_plugin_${Date.now().toString(36)}`
  let server: ReturnType<typeof spawn> | null = null

  afterAll(async () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {
        /* gone */
      }
    }
    await pgQuery("postgres", `drop database if exists "${dbName}" with (force)`).catch(() => {})
    rmSync(work, { recursive: true, force: true })
  })

  it("installs from the tarball, migrates its modules, boots and serves its routes", async () => {
    // 1. plugin:build in a scratch copy (never in the repository: medusa build shares .medusa/server)
    const pkgDir = path.join(work, "plugin")
    mkdirSync(pkgDir)
    for (const f of ["package.json", "package-lock.json", "tsconfig.json", "medusa-config.ts", "src"]) cpSync(path.join(ROOT, f), path.join(pkgDir, f), { recursive: true })
    symlinkSync(path.join(ROOT, "node_modules"), path.join(pkgDir, "node_modules"))
    sh(path.join(ROOT, "node_modules/.bin/medusa"), ["plugin:build"], pkgDir)
    expect(existsSync(path.join(pkgDir, ".medusa/server/src/modules/company/index.js"))).toBe(true)
    expect(existsSync(path.join(pkgDir, ".medusa/server/src/admin/index.mjs"))).toBe(true)
    rmSync(path.join(pkgDir, "node_modules"))
    const tgz = sh("npm", ["pack", "--silent", "--pack-destination", work], pkgDir).trim().split("\n").pop()!
    const tarball = path.join(work, tgz)

    // 2. a fresh app that depends on the tarball
    const app = path.join(work, "app")
    mkdirSync(app)
    writeFileSync(
      path.join(app, "package.json"),
      JSON.stringify({
        name: "plugin-host",
        private: true,
        dependencies: {
          "@medusajs/medusa": MEDUSA_VERSION,
          "@medusajs/framework": MEDUSA_VERSION,
          "@medusajs/cli": MEDUSA_VERSION,
          "@medusajs/draft-order": MEDUSA_VERSION,
          // the plugin's peers its admin extension imports (README "Install into your Medusa app")
          "@medusajs/admin-sdk": MEDUSA_VERSION,
          "@medusajs/icons": MEDUSA_VERSION,
          "@medusajs/ui": require(path.join(ROOT, "package.json")).peerDependencies["@medusajs/ui"],
          "b2b-portal": `file:${tarball}`,
        },
      })
    )
    writeFileSync(
      path.join(app, "medusa-config.js"),
      `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: { databaseUrl: process.env.DATABASE_URL, http: { jwtSecret: "plugin-test", cookieSecret: "plugin-test", storeCors: "*", adminCors: "*", authCors: "*" } },
  admin: { disable: true },
  plugins: [{ resolve: "b2b-portal", options: {} }],
})
`
    )
    sh("npm", ["install", "--prefer-offline", "--legacy-peer-deps", "--no-audit", "--no-fund", "--ignore-scripts"], app, {}, 900_000)
    expect(existsSync(path.join(app, "node_modules/b2b-portal/.medusa/server/src/modules/company/index.js"))).toBe(true)
    expect(existsSync(path.join(app, "node_modules/b2b-portal/src"))).toBe(false) // only the built output is published

    // 3. migrations create the plugin's tables
    await pgQuery("postgres", `create database "${dbName}"`)
    const p = pgEnv()
    const DATABASE_URL = `postgres://${p.user}${p.password ? `:${p.password}` : ""}@${p.host}:${p.port}/${dbName}`
    sh(path.join(app, "node_modules/.bin/medusa"), ["db:migrate"], app, { DATABASE_URL })
    const tables = (await pgQuery(dbName, `select table_name from information_schema.tables where table_name in ('b2b_legal_entity','b2b_employee','b2b_audit_event','pc_price_rule','pc_settings')`)).map((r: any) => r.table_name).sort()
    expect(tables).toEqual(["b2b_audit_event", "b2b_employee", "b2b_legal_entity", "pc_price_rule", "pc_settings"])
    const roles = await pgQuery(dbName, `select id from b2b_role where is_builtin order by id`)
    expect(roles.map((r: any) => r.id)).toEqual(["role_accountant", "role_buyer", "role_owner", "role_viewer"])

    // 3b. the package surface (README "Install into your Medusa app"): every `exports` entry resolves,
    // and a script run by `medusa exec` imports b2b-portal/workflows, one module and the admin
    // extension, runs a workflow and reads its row back through the module's service
    writeFileSync(
      path.join(app, "check-exports.js"),
      `const pkg = require("b2b-portal/package.json")
const samples = { "./modules/*": "company", "./.medusa/server/src/modules/*": "company", "./providers/*": "notification-local-masked", "./*": "workflows/index" }
const out = {}
for (const key of Object.keys(pkg.exports)) {
  const spec = "b2b-portal" + key.slice(1).replace("*", samples[key] ?? "")
  out[key] = require.resolve(spec)
}
console.log(JSON.stringify(out))
`
    )
    const resolved = JSON.parse(sh("node", ["check-exports.js"], app).trim().split("\n").pop()!)
    expect(Object.keys(resolved).sort()).toEqual(Object.keys(require(path.join(ROOT, "package.json")).exports).sort())
    const adminEsm = path.join(app, "node_modules/b2b-portal/.medusa/server/src/admin/index.mjs")
    expect(existsSync(adminEsm)).toBe(true)
    writeFileSync(
      path.join(app, "plugin-surface.js"),
      `const workflows = require("b2b-portal/workflows")
const company = require("b2b-portal/modules/company")
const admin = require("b2b-portal/admin")

exports.default = async function ({ container }) {
  const { result } = await workflows.createHoldingWorkflow(container).run({
    input: { name: "Plugin host holding", comment: "created through b2b-portal/workflows" },
  })
  const [row] = await container.resolve(company.COMPANY_MODULE).listB2bHoldings({ id: result.id })
  const plugin = admin.default ?? admin
  console.log("PLUGIN_SURFACE " + JSON.stringify({
    workflows: Object.keys(workflows).filter((k) => k.endsWith("Workflow")).length,
    module: company.COMPANY_MODULE,
    linkable: Object.keys(company.default.linkable ?? {}).includes("b2bHolding"),
    holding: row ? { id: row.id, name: row.name } : null,
    created: result.id,
    admin: { routes: plugin.routeModule.routes.length, widgets: plugin.widgetModule.widgets.length },
  }))
}
`
    )
    const execOut = sh(path.join(app, "node_modules/.bin/medusa"), ["exec", "./plugin-surface.js"], app, { DATABASE_URL })
    const line = execOut.split("\n").find((l) => l.includes("PLUGIN_SURFACE "))
    if (!line) throw new Error(`medusa exec printed no PLUGIN_SURFACE line:\n${execOut.slice(-3000)}`)
    const surface = JSON.parse(line.slice(line.indexOf("PLUGIN_SURFACE ") + 15))
    expect(surface.workflows).toBeGreaterThan(20)
    expect(surface.module).toBe("company")
    expect(surface.linkable).toBe(true)
    expect(surface.holding).toEqual({ id: surface.created, name: "Plugin host holding" })
    expect(surface.admin.routes).toBeGreaterThan(0)
    expect(surface.admin.widgets).toBeGreaterThan(0)
    const holdings = await pgQuery(dbName, `select name from b2b_holding where deleted_at is null`)
    expect(holdings.map((r: any) => r.name)).toContain("Plugin host holding")

    // 4. boot and call /health and a plugin route
    const port = await freePort()
    server = spawn(path.join(app, "node_modules/.bin/medusa"), ["start"], { cwd: app, env: { ...env, DATABASE_URL, PORT: String(port), NODE_ENV: "development" }, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    let log = ""
    server.stdout!.on("data", (d) => (log += d))
    server.stderr!.on("data", (d) => (log += d))
    const t = Date.now()
    let health = 0
    while (Date.now() - t < 120_000) {
      health = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status, () => 0)
      if (health === 200) break
      await new Promise((r) => setTimeout(r, 500))
    }
    if (health !== 200) throw new Error(`app did not boot:\n${log.slice(-4000)}`)
    console.log(`boot to /health: ${((Date.now() - t) / 1000).toFixed(1)} s`)
    const res = await fetch(`http://127.0.0.1:${port}/b2b/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(expect.objectContaining({ status: "ok", plugin: "b2b-portal" }))
    expect(readdirSync(path.join(app, "node_modules/b2b-portal/.medusa/server/src/api")).length).toBeGreaterThan(0)
  })
})
