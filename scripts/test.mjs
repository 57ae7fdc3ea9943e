#!/usr/bin/env node
// `npm test`: installs what is missing, then runs every suite against a real Postgres and prints one
// summary line per suite plus a closing "N passed, N failed" line. Exit code is non-zero on any failure.
//   npm test                      all suites
//   npm test -- unit http         only these suites (static, unit, modules, http, plugin, e2e, storefront)
// static: tsc --noEmit of the backend and of the storefront, and prettier --check (each a check).
// e2e is a browser smoke test of the admin pages and the storefront account (integration-tests/e2e/admin-smoke.mjs, plain Node).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import {
  DATA_DIR,
  ROOT,
  baseEnv,
  ensureChromium,
  ensureDeps,
  ensurePostgres,
  log,
  run,
} from "./lib/common.mjs"

const SUITES = [
  { name: "static", checks: true },
  { name: "unit", type: "unit" },
  { name: "modules", type: "integration:modules" },
  { name: "http", type: "integration:http" },
  { name: "plugin", type: "plugin" },
  { name: "e2e", script: "integration-tests/e2e/admin-smoke.mjs" },
  { name: "storefront", storefront: true },
]

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"))
const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w))
if (unknown.length) {
  console.error(
    `unknown suite(s): ${unknown.join(", ")}; known: ${SUITES.map((s) => s.name).join(", ")}`
  )
  process.exit(2)
}
const selected = SUITES.filter((s) => !wanted.length || wanted.includes(s.name))

const started = Date.now()
await ensureDeps(ROOT, "backend")
// the e2e suite builds and starts the storefront too
if (selected.some((s) => s.storefront || s.checks || s.name === "e2e"))
  await ensureDeps(path.join(ROOT, "storefront"), "storefront")

if (selected.some((s) => ["http", "unit", "e2e"].includes(s.name))) ensureChromium()
const pg = await ensurePostgres()
log(`Postgres: ${pg.source}`)
const resultsDir = path.join(DATA_DIR, "test-results")
rmSync(resultsDir, { recursive: true, force: true })
mkdirSync(resultsDir, { recursive: true })

const env = baseEnv({
  DB_HOST: pg.host,
  DB_PORT: String(pg.port),
  DB_USERNAME: pg.user,
  DB_PASSWORD: pg.password,
  NODE_OPTIONS: "--experimental-vm-modules",
  LOG_LEVEL: process.env.LOG_LEVEL || "error",
})
delete env.DATABASE_URL

const summary = []
for (const suite of selected) {
  const out = path.join(resultsDir, `${suite.name}.json`)
  const t = Date.now()
  let code
  if (suite.checks) {
    // each check counts as one test: type errors or unformatted files fail the suite
    const checks = [
      ["backend tsc", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"], ROOT],
      ["storefront tsc", "npx", ["tsc", "--noEmit"], path.join(ROOT, "storefront")],
      ["prettier", "npx", ["prettier", "--check", "."], ROOT],
    ]
    const results = []
    for (const [name, cmd, args, cwd] of checks) {
      const c = await run(cmd, args, { cwd, env: baseEnv() })
      console.log(`${c === 0 ? "ok" : "not ok"} - ${name}`)
      results.push(c)
    }
    const failedChecks = results.filter((c) => c !== 0).length
    writeFileSync(
      out,
      JSON.stringify({
        numPassedTests: results.length - failedChecks,
        numFailedTests: failedChecks,
      })
    )
    code = failedChecks ? 1 : 0
  } else if (suite.script) {
    // prints `ok - …` per check; writes jest-style counts to `out`
    const { NODE_OPTIONS, ...scriptEnv } = env
    code = await run("node", [suite.script, "--json", out], { env: scriptEnv })
  } else if (suite.storefront) {
    code = await run(
      "npx",
      ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${out}`],
      {
        cwd: path.join(ROOT, "storefront"),
        env: baseEnv(),
      }
    )
  } else {
    // HTTP specs each boot a whole Medusa app and not all of it is freed: in one process the heap grew
    // to 4 GB over ~30 spec files (slower and slower GC, then out of memory). They run one at a time in
    // a worker that jest replaces whenever it is left holding more than 1.5 GB after a file.
    const serial =
      suite.name === "http" ? ["--maxWorkers=1", "--workerIdleMemoryLimit=1536MB"] : ["--runInBand"]
    code = await run("npx", ["jest", ...serial, "--forceExit", "--json", `--outputFile=${out}`], {
      env: { ...env, TEST_TYPE: suite.type },
    })
  }
  let passed = 0
  let failed = 0
  let skipped = 0
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, "utf8"))
    passed = r.numPassedTests ?? 0
    failed = (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0)
    skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
  }
  if (code !== 0 && failed === 0) failed = 1 // the runner itself failed (crash, compile error)
  if (passed === 0 && failed === 0) {
    // a suite whose files moved (or whose pattern matches nothing) must not pass with 0 tests
    console.error(`[test] suite ${suite.name} ran no tests`)
    failed = 1
    code = code || 1
  }
  summary.push({ name: suite.name, passed, failed, skipped, secs: (Date.now() - t) / 1000, code })
}
await pg.stop()

console.log("\n==== test summary ====")
for (const s of summary) {
  console.log(
    `${s.name.padEnd(11)} ${s.failed ? "FAIL" : "ok  "}  ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped  (${s.secs.toFixed(1)} s)`
  )
}
const total = summary.reduce(
  (a, s) => ({ p: a.p + s.passed, f: a.f + s.failed, k: a.k + s.skipped }),
  { p: 0, f: 0, k: 0 }
)
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`${total.p} passed, ${total.f} failed, ${total.k} skipped`)
process.exit(summary.some((s) => s.code !== 0 || s.failed) ? 1 : 0)
