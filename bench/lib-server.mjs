// A seeded database and a running server for HTTP benchmarks.
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"
import { ROOT, bench, freshDatabase, timed } from "./lib.mjs"
import { baseEnv, httpOk, waitFor } from "../scripts/lib/common.mjs"

export async function seededServer({ prefix, products, extraExec = [], env: extraEnv = {} }) {
  const db = await freshDatabase(prefix)
  const port = 9500 + Math.floor(Math.random() * 400)
  const medusa = path.join(ROOT, "node_modules/.bin/medusa")
  const env = { DATABASE_URL: db.url, DEMO_PRODUCTS: String(products), DEMO_SEED: "42", DISABLE_MEDUSA_ADMIN: "true", B2B_ALLOW_DEV_SECRETS: "true", PORT: String(port), LOG_LEVEL: "error", ...extraEnv }
  for (const args of [["db:migrate"], ["exec", "./src/scripts/seed-demo.ts"], ...extraExec.map((f) => ["exec", f])]) {
    const r = await timed(medusa, args, { env })
    if (r.code !== 0) throw new Error(`medusa ${args.join(" ")} failed`)
  }
  const server = spawn(medusa, ["start"], { cwd: ROOT, env: baseEnv(env), detached: true, stdio: "ignore" })
  const base = `http://127.0.0.1:${port}`
  await waitFor(() => httpOk(`${base}/health`), { timeoutMs: 120000, what: "server" })
  const pk = readFileSync(path.join(ROOT, ".data/publishable-key.txt"), "utf8").trim()
  const json = async (method, url, body, headers = {}) => {
    const r = await fetch(`${base}${url}`, { method, headers: { "content-type": "application/json", "x-publishable-api-key": pk, ...headers }, body: body ? JSON.stringify(body) : undefined })
    const data = await r.json().catch(() => ({}))
    if (!r.ok) throw new Error(`${method} ${url} → ${r.status} ${JSON.stringify(data).slice(0, 300)}`)
    return data
  }
  const login = async (email, password = "demo12345") => (await json("POST", "/auth/customer/emailpass", { email, password })).token
  return {
    base,
    pk,
    pid: server.pid,
    db,
    json,
    login,
    stop: async () => {
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {}
      await db.drop()
    },
  }
}

export { bench }
