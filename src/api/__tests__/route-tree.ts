import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

export type DiscoveredRoute = {
  method: string
  path: string
  source: "medusa" | "plugin"
  file: string
}

const METHODS = ["GET", "POST", "DELETE", "PUT", "PATCH"]

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) {
      if (name === "__tests__" || name === "node_modules") continue
      walk(p, out)
    } else if (/^route\.(js|ts)$/.test(name)) out.push(p)
  }
  return out
}

/** `[id]` → `:id`, `[[...]]`-free: Medusa's file-system routing. */
function toPath(root: string, file: string) {
  const rel = path.relative(root, path.dirname(file)).split(path.sep).filter(Boolean)
  return "/" + rel.map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
}

function methodsOf(file: string): string[] {
  const src = readFileSync(file, "utf8")
  const found = new Set<string>()
  for (const m of METHODS) {
    const js = new RegExp(`exports\\.${m}\\s*=\\s*(?!void 0)`)
    const ts = new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+${m}\\b`)
    if (js.test(src) || ts.test(src)) found.add(m)
  }
  return [...found]
}

/**
 * Every route the running server answers, read from the route trees: Medusa's own
 * (`@medusajs/medusa/dist/api`) and this plugin's (`src/api`). Used by the route inventory test so that
 * a route added by a Medusa upgrade or by us cannot go unclassified.
 */
export function discoverRoutes(
  projectRoot = path.resolve(__dirname, "../../..")
): DiscoveredRoute[] {
  const medusaRoot = path.join(
    path.dirname(require.resolve("@medusajs/medusa/package.json", { paths: [projectRoot] })),
    "dist",
    "api"
  )
  const pluginRoot = path.join(projectRoot, "src", "api")
  const out: DiscoveredRoute[] = []
  for (const [root, source] of [
    [medusaRoot, "medusa"],
    [pluginRoot, "plugin"],
  ] as const) {
    for (const file of walk(root)) {
      const p = toPath(root, file)
      for (const method of methodsOf(file)) out.push({ method, path: p, source, file })
    }
  }
  return out.sort((a, b) =>
    a.path === b.path ? a.method.localeCompare(b.method) : a.path.localeCompare(b.path)
  )
}
