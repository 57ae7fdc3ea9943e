import { readFileSync } from "node:fs"
import iconv from "iconv-lite"

type Api = { get: Function; post: Function }

/** Drives /1c/exchange exactly like a stock 1C node: checkauth → init → file (chunks) → import until success. */
export class OneCClient {
  cookie = ""
  sessid = ""
  fileLimit = 0
  constructor(private api: Api, private login = "exchange", private password = "s3cret-exchange", private path = "/1c/exchange") {}

  static decode(data: ArrayBuffer | Buffer) {
    const buf = Buffer.from(data as ArrayBuffer)
    return { raw: buf, text: iconv.decode(buf, "windows-1251") }
  }

  async call(type: string, mode: string, extra: Record<string, string> = {}, body?: Buffer) {
    const qs = new URLSearchParams({ type, mode, ...extra, ...(this.sessid && mode !== "checkauth" ? { sessid: this.sessid } : {}) })
    const headers: Record<string, string> = this.cookie ? { cookie: this.cookie } : {}
    if (mode === "checkauth") headers.authorization = `Basic ${Buffer.from(`${this.login}:${this.password}`).toString("base64")}`
    const opts = { headers, responseType: "arraybuffer", validateStatus: () => true }
    const r = body
      ? await this.api.post(`${this.path}?${qs}`, body, { ...opts, headers: { ...headers, "content-type": "application/octet-stream" }, transformRequest: [(d: unknown) => d] })
      : await this.api.get(`${this.path}?${qs}`, opts)
    const { raw, text } = OneCClient.decode(r.data)
    return { status: r.status as number, raw, text, lines: text.split("\n"), headers: r.headers as Record<string, string> }
  }

  async start(type: "catalog" | "sale", version = "2.07") {
    const auth = await this.call(type, "checkauth")
    if (auth.lines[0] !== "success") throw new Error(`checkauth: ${auth.text}`)
    this.cookie = `${auth.lines[1]}=${auth.lines[2]}`
    this.sessid = auth.lines[3].replace(/^sessid=/, "")
    const init = await this.call(type, "init", version ? { version } : {})
    this.fileLimit = Number(/file_limit=(\d+)/.exec(init.text)?.[1] ?? 0)
    return { auth, init }
  }

  async upload(type: string, filename: string, content: Buffer, chunk = this.fileLimit) {
    for (let i = 0; i < content.length; i += chunk) {
      const r = await this.call(type, "file", { filename }, content.subarray(i, i + chunk))
      if (r.lines[0] !== "success") throw new Error(`file ${filename}: ${r.text}`)
    }
  }

  /** import until success; returns the final answer and how many calls it took. */
  async importFile(type: string, filename: string) {
    for (let calls = 1; calls < 10000; calls++) {
      const r = await this.call(type, "import", { filename })
      if (r.lines[0] !== "progress") return { ...r, calls }
    }
    throw new Error("import never finished")
  }

  async exchangeFiles(type: "catalog" | "sale", files: { name: string; path: string }[], chunk?: number) {
    await this.start(type)
    const results: Record<string, Awaited<ReturnType<OneCClient["importFile"]>>> = {}
    for (const f of files) await this.upload(type, f.name, readFileSync(f.path), chunk)
    for (const f of files) results[f.name] = await this.importFile(type, f.name)
    return results
  }
}
