// Helpers shared by the benchmarks.
import { spawn } from "node:child_process"
import { ROOT, baseEnv, ensureDatabase, ensurePostgres, pgUrl } from "../scripts/lib/common.mjs"

export { ROOT }

export function bench(metric, value, unit) {
  console.log(`BENCH ${metric} ${typeof value === "number" ? +value.toFixed(3) : value} ${unit}`)
}

/** Runs a command, returns { code, ms, out } (output captured, echoed on failure). */
export function timed(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint()
    const { env, ...rest } = opts
    const child = spawn(cmd, args, {
      cwd: ROOT,
      ...rest,
      env: baseEnv(env ?? {}),
      stdio: ["ignore", "pipe", "pipe"],
    })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("exit", (code) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6
      if (code !== 0) console.error(out.slice(-4000))
      resolve({ code, ms, out })
    })
  })
}

/** A fresh database for one benchmark run; returns its URL and a drop(). */
export async function freshDatabase(prefix) {
  const pg = await ensurePostgres()
  const name = `${prefix}_${Date.now().toString(36)}`
  await ensureDatabase(pg, name)
  const { default: pgLib } = await import("pg")
  return {
    url: pgUrl(pg, name),
    pg,
    name,
    drop: async () => {
      const c = new pgLib.Client({
        host: pg.host,
        port: pg.port,
        user: pg.user,
        password: pg.password,
        database: "postgres",
      })
      await c.connect()
      await c.query(`drop database if exists "${name}" with (force)`)
      await c.end()
    },
  }
}
