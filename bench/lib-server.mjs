// A seeded database and a running server for HTTP benchmarks.
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"
import { ROOT, bench, freshDatabase, timed } from "./lib.mjs"
import { baseEnv, httpOk, serverNodeOptions, waitFor } from "../scripts/lib/common.mjs"

export async function seededServer({ prefix, products, extraExec = [], env: extraEnv = {} }) {
  const db = await freshDatabase(prefix)
  const port = 9500 + Math.floor(Math.random() * 400)
  const medusa = path.join(ROOT, "node_modules/.bin/medusa")
  const env = {
    DATABASE_URL: db.url,
    DEMO_PRODUCTS: String(products),
    DEMO_SEED: "42",
    DISABLE_MEDUSA_ADMIN: "true",
    B2B_ALLOW_DEV_SECRETS: "true",
    PORT: String(port),
    LOG_LEVEL: "error",
    ...extraEnv,
  }
  for (const args of [
    ["db:migrate"],
    ["exec", "./src/scripts/seed-demo.ts"],
    ...extraExec.map((f) => ["exec", f]),
  ]) {
    const r = await timed(medusa, args, { env })
    if (r.code !== 0) throw new Error(`medusa ${args.join(" ")} failed`)
  }
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when the bench stops it (open in Chrome DevTools)
  const prof = process.env.BENCH_CPU_PROF
  // (--cpu-prof is refused in NODE_OPTIONS: the CLI runs under node with the flag; `medusa start` serves in-process)
  const cli = path.join(ROOT, "node_modules/@medusajs/cli/cli.js")
  // the server runs with the heap setting `npm run demo` gives it (B2B_SERVER_HEAP_MB, README "Configuration")
  const serverEnv = baseEnv({ ...env, NODE_OPTIONS: serverNodeOptions(baseEnv(env)) })
  const server = prof
    ? spawn(
        process.execPath,
        ["--cpu-prof", `--cpu-prof-dir=${path.resolve(prof)}`, cli, "start"],
        { cwd: ROOT, env: serverEnv, detached: true, stdio: "ignore" }
      )
    : spawn(medusa, ["start"], { cwd: ROOT, env: serverEnv, detached: true, stdio: "ignore" })
  const base = `http://127.0.0.1:${port}`
  await waitFor(() => httpOk(`${base}/health`), { timeoutMs: 120000, what: "server" })
  const pk = readFileSync(path.join(ROOT, ".data/publishable-key.txt"), "utf8").trim()
  const json = async (method, url, body, headers = {}) => {
    const r = await fetch(`${base}${url}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": pk, ...headers },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await r.json().catch(() => ({}))
    if (!r.ok)
      throw new Error(`${method} ${url} → ${r.status} ${JSON.stringify(data).slice(0, 300)}`)
    return data
  }
  const login = async (email, password = "demo12345") =>
    (await json("POST", "/auth/customer/emailpass", { email, password })).token
  return {
    base,
    pk,
    pid: server.pid,
    db,
    json,
    login,
    stop: async () => {
      if (prof) {
        // a profile is written only on a normal exit: ask politely and give it time
        try {
          process.kill(-server.pid, "SIGINT")
        } catch {}
        const exited = new Promise((r) => server.once("exit", r))
        await Promise.race([exited, new Promise((r) => setTimeout(r, 60000))])
      }
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {}
      await db.drop()
    },
  }
}

export { bench }
