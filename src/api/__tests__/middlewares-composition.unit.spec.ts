import fs from "node:fs"
import path from "node:path"
import middlewares from "../middlewares"

/** Every route group's middlewares.ts (beside its routes) is composed into src/api/middlewares.ts. */
describe("middleware composition", () => {
  const root = path.join(__dirname, "..")
  const groupFiles = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) return e.name === "__tests__" ? [] : groupFiles(p)
      return e.name === "middlewares.ts" && dir !== root ? [p] : []
    })

  it("finds the route groups", () => {
    expect(groupFiles(root).length).toBeGreaterThan(30)
  })

  it("registers every entry of every group", () => {
    const registered = new Set(
      (middlewares.routes ?? []).flatMap((r) => (r.middlewares ?? []) as unknown[])
    )
    const missing: string[] = []
    for (const file of groupFiles(root)) {
      for (const [name, value] of Object.entries(require(file))) {
        if (!Array.isArray(value)) continue
        for (const entry of value as { matcher: string; middlewares?: unknown[] }[])
          for (const mw of entry.middlewares ?? [])
            if (!registered.has(mw))
              missing.push(`${path.relative(root, file)} ${name} ${entry.matcher}`)
      }
    }
    expect(missing).toEqual([])
  })
})
