// Foundation timings: clean npm install, migrations of a fresh database, `medusa build`, one HTTP spec.
import { cpSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT, bench, freshDatabase, timed } from "../lib.mjs"

const skipInstall = process.argv.includes("--skip-install")

if (!skipInstall) {
  // A clean install from the lockfile in a scratch copy (the npm cache is warm, as on any dev machine).
  const dir = mkdtempSync(path.join(os.tmpdir(), "b2b-bench-install-"))
  for (const f of ["package.json", "package-lock.json", ".npmrc"])
    cpSync(path.join(ROOT, f), path.join(dir, f))
  const r = await timed("npm", ["install", "--include=dev", "--no-audit", "--no-fund"], {
    cwd: dir,
  })
  if (r.code !== 0) process.exit(1)
  bench("npm_install_clean", r.ms / 1000, "s")
  rmSync(dir, { recursive: true, force: true })
}

const db = await freshDatabase("b2b_bench_migrate")
try {
  const r = await timed(path.join(ROOT, "node_modules/.bin/medusa"), ["db:migrate"], {
    env: { DATABASE_URL: db.url },
  })
  if (r.code !== 0) process.exit(1)
  bench("migrations_fresh", r.ms / 1000, "s")
  const again = await timed(path.join(ROOT, "node_modules/.bin/medusa"), ["db:migrate"], {
    env: { DATABASE_URL: db.url },
  })
  bench("migrations_noop", again.ms / 1000, "s")
} finally {
  await db.drop()
}

const build = await timed(path.join(ROOT, "node_modules/.bin/medusa"), ["build"])
if (build.code !== 0) process.exit(1)
bench("medusa_build", build.ms / 1000, "s")

const spec = await timed(
  "npx",
  ["jest", "--runInBand", "--forceExit", "integration-tests/http/health.spec.ts"],
  {
    env: { TEST_TYPE: "integration:http", NODE_OPTIONS: "--experimental-vm-modules" },
  }
)
if (spec.code !== 0) process.exit(1)
bench("http_spec_health", spec.ms / 1000, "s")
