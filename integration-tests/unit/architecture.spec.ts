/**
 * The house rules of docs/architecture.md, checked on the source tree (issue 17):
 * four layers in one direction, src/lib for configuration only, one step or workflow per file,
 * `as any` rare and explained, process.env read in configuration files only, a storefront with one
 * SDK client and thin pages, and package exports that point at files that exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")
const SRC = path.join(ROOT, "src")
const STOREFRONT = path.join(ROOT, "storefront", "src")

const isTest = (f: string) => /__tests__|\.spec\.[jt]sx?$|\.test\.[jt]sx?$/.test(f)

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === ".next") continue
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) walk(p, out)
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name)) out.push(p)
  }
  return out
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/")
const sources = walk(SRC).filter((f) => !isTest(f))
const storefrontSources = walk(STOREFRONT).filter((f) => !isTest(f))
const text = new Map<string, string>()
const read = (f: string) => text.get(f) ?? text.set(f, readFileSync(f, "utf8")).get(f)!

/** Relative imports of a file, resolved to repository paths (src/...). */
function importsOf(file: string): string[] {
  const re = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)["'](\.{1,2}\/[^"']+)["']/gm
  const out: string[] = []
  for (const m of read(file).matchAll(re)) out.push(rel(path.resolve(path.dirname(file), m[1])))
  return out
}

/** The layer (and domain) a repository path belongs to. */
function layerOf(p: string): { layer: string; domain?: string } {
  const parts = p.split("/")
  if (parts[0] !== "src") return { layer: parts[0] }
  return { layer: parts[1] ?? "", domain: parts[2] }
}

describe("architecture (docs/architecture.md)", () => {
  it("imports run one way: api → workflows → modules ← links; a module imports no other module, workflow, route or lib", () => {
    const wrong: string[] = []
    for (const f of sources) {
      const from = layerOf(rel(f))
      for (const to of importsOf(f).map(layerOf)) {
        if (from.layer === "modules") {
          if (to.layer === "modules" && to.domain !== from.domain) wrong.push(`${rel(f)} → module ${to.domain}`)
          if (["workflows", "api", "lib", "links", "subscribers", "jobs", "scripts"].includes(to.layer))
            wrong.push(`${rel(f)} → ${to.layer}/${to.domain ?? ""}`)
        }
        if (from.layer === "workflows" && to.layer === "api") wrong.push(`${rel(f)} → api/${to.domain}`)
        if (from.layer === "lib" && ["workflows", "api", "subscribers", "jobs"].includes(to.layer))
          wrong.push(`${rel(f)} → ${to.layer}/${to.domain ?? ""}`)
        if (from.layer === "links" && !["modules", "links"].includes(to.layer)) wrong.push(`${rel(f)} → ${to.layer}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it("src/lib holds configuration only", () => {
    const allowed = new Set([
      "src/lib/plugin-options.ts",
      "src/lib/runtime-config.ts",
      "src/lib/portal-settings.ts",
      "src/lib/one-c-settings.ts",
    ])
    const extra = sources.map(rel).filter((f) => f.startsWith("src/lib/") && !allowed.has(f))
    expect(extra).toEqual([])
  })

  it("no file defines more than one step or workflow", () => {
    const many: string[] = []
    // utils/ may hold factories (typed CRUD steps built per entity in steps/, one per file)
    const defining = sources.filter((x) => rel(x).startsWith("src/workflows/") && !rel(x).includes("/utils/"))
    for (const f of defining) {
      const steps = read(f).match(/\bcreateStep\s*\(/g)?.length ?? 0
      const flows = read(f).match(/\bcreateWorkflow\s*\(/g)?.length ?? 0
      if (steps > 1 || flows > 1 || (steps && flows)) many.push(`${rel(f)}: ${steps} steps, ${flows} workflows`)
    }
    expect(many).toEqual([])
  })

  it("src/api/utils is the HTTP edge: what reads with query.graph there takes the request (a guard or middleware); read models live in workflows/<domain>/utils or the module", () => {
    const readModels: string[] = []
    for (const f of sources.filter((x) => rel(x).startsWith("src/api/utils/"))) {
      // top-level chunks: each starts at a line beginning a declaration
      for (const chunk of read(f).split(/^(?=(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function|const|let|type|class)\b)/m)) {
        if (!/\.graph\s*\(/.test(chunk)) continue
        // a guard or middleware reads for the request it is given (a `req` parameter)
        if (!/[(,]\s*_?req\s*[:,)]/.test(chunk)) readModels.push(`${rel(f)}: ${chunk.split("\n")[0]}`)
      }
    }
    expect(readModels).toEqual([])
  })

  it("the shared response shapes (src/types/<domain>/responses.ts) import nothing, and the storefront takes them from there", () => {
    const responses = sources.filter((f) => /^src\/types\/[^/]+\/responses\.ts$/.test(rel(f)))
    expect(responses.length).toBeGreaterThan(0)
    expect(responses.filter((f) => /^\s*(import|export)\b[^\n]*\bfrom\s/m.test(read(f))).map(rel)).toEqual([])
    // the storefront's type files re-export the shared shapes instead of copying them
    const sfTypes = storefrontSources.filter((f) => /^storefront\/src\/types\/(account|cart)\.ts$/.test(rel(f)))
    expect(sfTypes.filter((f) => /^export type \w+\s*=/m.test(read(f))).map(rel)).toEqual([])
  })

  it("every route handler declares its response shape (res: MedusaResponse<X>), the 1C exchange protocol (text/XML) aside", () => {
    // the CommerceML exchange answers text/plain and XML through one handler of its own
    const TEXT_ROUTES = ["src/api/1c/exchange/route.ts"]
    const routes = sources.filter((f) => /^src\/api\/.*\/route\.ts$/.test(rel(f)) && !TEXT_ROUTES.includes(rel(f)))
    expect(routes.length).toBeGreaterThan(100)
    const untyped: string[] = []
    for (const f of routes) {
      const src = read(f)
      const handlers = [...src.matchAll(/^export\s+(?:async\s+function\s+|const\s+)(GET|POST|PUT|PATCH|DELETE)\b/gm)]
      for (const m of handlers) {
        // the signature: from the export to the body's opening brace (or the arrow)
        const rest = src.slice(m.index!)
        const signature = rest.slice(0, rest.search(/\)\s*(?::\s*Promise<[^>]*>\s*)?(?:\{|=>)/) + 1)
        if (!/\bres\s*:\s*MedusaResponse<[^>]/.test(signature)) untyped.push(`${rel(f)} ${m[1]}`)
      }
    }
    expect(untyped).toEqual([])
  })

  it("`as any` is rare (under 60 in backend and storefront, tests included) and each one outside tests says why", () => {
    let count = 0
    const unexplained: string[] = []
    // the measure: grep over src and storefront/src, test files included
    for (const f of [...walk(SRC), ...walk(STOREFRONT)]) {
      if (isTest(f)) {
        count += read(f).match(/\bas any\b/g)?.length ?? 0
        continue
      }
      const lines = read(f).split("\n")
      lines.forEach((line, i) => {
        const n = line.match(/\bas any\b/g)?.length ?? 0
        if (!n) return
        count += n
        const explained = /\/\/|\/\*/.test(line) || /\/\/|^\s*(\*|\/\*)/.test(lines[i - 1] ?? "")
        if (!explained) unexplained.push(`${rel(f)}:${i + 1}`)
      })
    }
    expect(unexplained).toEqual([])
    expect(count).toBeLessThan(60)
  })

  it("process.env is read in the configuration files only", () => {
    const config = new Set([
      "src/lib/plugin-options.ts",
      "src/lib/runtime-config.ts",
      "storefront/src/lib/config.ts",
    ])
    const readers = [...sources, ...storefrontSources]
      .filter((f) => /process\.env\b/.test(read(f)))
      .map(rel)
      .filter((f) => !config.has(f))
    expect(readers).toEqual([])
  })

  it("the storefront has one Medusa SDK client, no raw fetch to the backend, and pages of at most 60 lines", () => {
    const clients = storefrontSources.filter((f) => /new\s+Medusa\s*\(/.test(read(f))).map(rel)
    expect(clients).toEqual(["storefront/src/lib/config.ts"])
    const rawFetch = storefrontSources.filter((f) => /(^|[^.\w])fetch\s*\(/.test(read(f))).map(rel)
    expect(rawFetch).toEqual([])
    const long = storefrontSources
      .filter((f) => /\/app\/.*\/?(page|layout)\.tsx$/.test(rel(f)))
      .map((f) => [rel(f), read(f).split("\n").length] as const)
      .filter(([, n]) => n > 60)
    expect(long).toEqual([])
  })

  it("every package export points at a source that exists", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"))
    const missing: string[] = []
    for (const [key, target] of Object.entries<any>(pkg.exports)) {
      const t: string = typeof target === "string" ? target : target.default
      if (key === "./package.json" || key === "./*") continue
      // the admin extension is bundled by medusa plugin:build from src/admin as a whole
      if (key === "./admin") {
        if (!existsSync(path.join(ROOT, "src/admin"))) missing.push(key)
        continue
      }
      // .medusa/server/src/<x>.js is built from src/<x>.ts(x)
      const srcPath = t.replace("./.medusa/server/", "").replace(/\.m?js$/, "")
      if (srcPath.includes("*")) {
        const [dir, rest] = srcPath.split("*")
        const base = path.join(ROOT, dir)
        const entries = existsSync(base) ? readdirSync(base).filter((d) => statSync(path.join(base, d)).isDirectory()) : []
        if (!entries.length) missing.push(`${key} (no ${dir}*)`)
        for (const d of entries)
          if (![".ts", ".tsx"].some((ext) => existsSync(path.join(base, d + rest + ext)))) missing.push(`${key}: ${dir}${d}${rest}`)
      } else if (![".ts", ".tsx"].some((ext) => existsSync(path.join(ROOT, srcPath + ext)))) missing.push(`${key}: ${srcPath}`)
    }
    expect(missing).toEqual([])
  })
})
