// Loads the documents module's TypeScript sources in plain Node: a require hook that compiles .ts files with
// @swc/core (already a dev dependency) to CommonJS on the fly. No extra packages, no build step.
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const require = createRequire(path.join(ROOT, "package.json"))
const swc = require("@swc/core")
const Module = require("node:module")

if (!Module._extensions[".ts"]) {
  Module._extensions[".ts"] = (module, filename) => {
    const { code } = swc.transformFileSync(filename, {
      jsc: { parser: { syntax: "typescript" }, target: "es2021" },
      module: { type: "commonjs" },
      sourceMaps: "inline",
    })
    module._compile(code, filename)
  }
}

/** require() of a TypeScript file relative to the repository root. */
export const requireTs = (relative) => require(path.join(ROOT, relative))
