import { execFileSync } from "node:child_process"
import path from "node:path"

// scripts/lib/common.mjs is plain ESM (it runs before `npm install`) and jest's transform would turn an
// import() into require(): a child node evaluates it and prints the result or the error
const COMMON = path.join(__dirname, "../../../scripts/lib/common.mjs")
const call = (env: Record<string, string>) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const m = await import(${JSON.stringify(COMMON)}); try { console.log(JSON.stringify({ ok: m.serverNodeOptions(${JSON.stringify(env)}) })) } catch (e) { console.log(JSON.stringify({ error: e.message })) }`,
      ],
      { env: { PATH: process.env.PATH ?? "" } }
    ).toString()
  )
const load = async () => ({
  serverNodeOptions: (env: Record<string, string>) => {
    const r = call(env)
    if ("error" in r) throw new Error(r.error)
    return r.ok as string
  },
})

describe("serverNodeOptions (heap limit of the served backend)", () => {
  it("caps the old generation at 768 MB by default and keeps other options", async () => {
    const { serverNodeOptions } = await load()
    expect(serverNodeOptions({})).toBe("--max-old-space-size=768")
    expect(serverNodeOptions({ NODE_OPTIONS: "--enable-source-maps" })).toBe(
      "--enable-source-maps --max-old-space-size=768"
    )
  })

  it("takes B2B_SERVER_HEAP_MB, 0 leaving the sizing to V8", async () => {
    const { serverNodeOptions } = await load()
    expect(serverNodeOptions({ B2B_SERVER_HEAP_MB: "1024" })).toBe("--max-old-space-size=1024")
    expect(serverNodeOptions({ B2B_SERVER_HEAP_MB: "0" })).toBe("")
    expect(serverNodeOptions({ B2B_SERVER_HEAP_MB: "0", NODE_OPTIONS: "--trace-warnings" })).toBe(
      "--trace-warnings"
    )
  })

  it("leaves a limit already in NODE_OPTIONS alone", async () => {
    const { serverNodeOptions } = await load()
    expect(
      serverNodeOptions({ NODE_OPTIONS: "--max-old-space-size=2048", B2B_SERVER_HEAP_MB: "512" })
    ).toBe("--max-old-space-size=2048")
  })

  it("refuses a value that is not a whole number of MB, naming the variable", async () => {
    const { serverNodeOptions } = await load()
    expect(() => serverNodeOptions({ B2B_SERVER_HEAP_MB: "1g" })).toThrow(/B2B_SERVER_HEAP_MB/)
    expect(() => serverNodeOptions({ B2B_SERVER_HEAP_MB: "-5" })).toThrow(/B2B_SERVER_HEAP_MB/)
  })
})
