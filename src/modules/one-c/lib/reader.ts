import { createReadStream } from "node:fs"
import { open } from "node:fs/promises"
import iconv from "iconv-lite"
import { SaxesParser } from "saxes"
import { local, type XNode } from "./xml-node"

/**
 * What a CommerceML file contains, streamed object by object with constant memory. Paths are
 * matched by local names (namespaces differ between versions: none, commerceml_2, commerceml_210,
 * commerceml_3), so the same reader understands every version in the samples.
 */
export type CmlEvent =
  | {
      kind: "section"
      section: "classifier" | "catalog" | "offers" | "offers_changes" | "counterparties"
      only_changes: boolean
      id?: string
    }
  | { kind: "group"; node: XNode; parent_id: string | null }
  | { kind: "property"; node: XNode }
  | { kind: "price_type"; node: XNode }
  | { kind: "warehouse"; node: XNode }
  | { kind: "unit"; node: XNode }
  | { kind: "product"; node: XNode }
  | { kind: "offer"; node: XNode }
  | { kind: "document"; node: XNode }
  | { kind: "counterparty"; node: XNode }

/** Element paths (suffixes of the local-name stack) whose subtree is collected and emitted. */
const TARGETS: { suffix: string[]; kind: Exclude<CmlEvent["kind"], "section" | "group"> }[] = [
  { suffix: ["Свойства", "Свойство"], kind: "property" },
  { suffix: ["Свойства", "СвойствоНоменклатуры"], kind: "property" },
  { suffix: ["ТипыЦен", "ТипЦены"], kind: "price_type" },
  { suffix: ["Склады", "Склад"], kind: "warehouse" },
  { suffix: ["ЕдиницыИзмерения", "ЕдиницаИзмерения"], kind: "unit" },
  { suffix: ["Товары", "Товар"], kind: "product" },
  { suffix: ["Предложения", "Предложение"], kind: "offer" },
  { suffix: ["КоммерческаяИнформация", "Документ"], kind: "document" },
  { suffix: ["Контейнер", "Документ"], kind: "document" },
  { suffix: ["Контрагенты", "Контрагент"], kind: "counterparty" },
]
const SECTIONS: Record<string, Extract<CmlEvent, { kind: "section" }>["section"]> = {
  Классификатор: "classifier",
  Каталог: "catalog",
  ПакетПредложений: "offers",
  ИзмененияПакетаПредложений: "offers_changes",
  Контрагенты: "counterparties",
}

export class CmlError extends Error {}

const endsWith = (stack: string[], suffix: string[]) => {
  if (stack.length < suffix.length) return false
  for (let i = 1; i <= suffix.length; i++)
    if (stack[stack.length - i] !== suffix[suffix.length - i]) return false
  return true
}

/** Encoding of an XML file: BOM first, then the declaration, else UTF-8. */
export async function detectEncoding(path: string): Promise<{ encoding: string; bom: number }> {
  const fh = await open(path, "r")
  try {
    const buf = Buffer.alloc(256)
    const { bytesRead } = await fh.read(buf, 0, 256, 0)
    const head = buf.subarray(0, bytesRead)
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
      return { encoding: "utf-8", bom: 3 }
    const decl = /encoding\s*=\s*["']([A-Za-z0-9_-]+)["']/.exec(head.toString("latin1"))
    const enc = (decl?.[1] ?? "utf-8").toLowerCase()
    if (!iconv.encodingExists(enc)) throw new CmlError(`unsupported encoding "${enc}"`)
    return { encoding: enc, bom: 0 }
  } finally {
    await fh.close()
  }
}

/**
 * Where a stopped read can go on without parsing the file again from its start: the byte offset
 * right after the last object handed out, and the elements open there (raw names and attributes,
 * replayed as a synthetic prefix so the parser knows where it is). Null when the read stopped
 * inside a classifier group tree (groups carry their parents' state): the caller then re-reads
 * from the start and skips what it has (the old way; the classifier is small).
 */
export type CmlCursor = { offset: number; open: { name: string; attrs: Record<string, string> }[] }

const escapeAttr = (v: string) =>
  v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;")

/**
 * Streams a CommerceML file and calls `onEvent` for every object, in document order. DTDs and
 * entity declarations are refused (no external entity is ever resolved). `onEvent` may return a
 * promise: the stream is paused until it settles (back-pressure for batched writes). Returning
 * the string "stop" ends the read early (the import's time budget); the answer then carries the
 * cursor just after that object, and `from` resumes there (objects before it are not seen again).
 */
export async function readCommerceMl(
  path: string,
  onEvent: (e: CmlEvent) => void | "stop" | Promise<void | "stop">,
  opts: { from?: CmlCursor | null; highWaterMark?: number } = {}
): Promise<{ stopped: boolean; schema_version?: string; cursor?: CmlCursor | null }> {
  const { encoding, bom } = await detectEncoding(path)
  const parser = new SaxesParser({ xmlns: false, position: false })
  const stack: string[] = []
  // the open elements as written (qualified names, attributes): what a cursor replays
  const rawStack: { name: string; attrs: Record<string, string> }[] = []
  // while the synthetic prefix of a resumed read is parsed, nothing is emitted
  let replaying = false
  // the string being parsed and where it starts, in characters (parser positions) and file bytes
  const single =
    encoding !== "utf-8" && encoding !== "utf8" && iconv.encode("Жж", encoding).length === 2
  const byteLength = (x: string) =>
    encoding === "utf-8" || encoding === "utf8"
      ? Buffer.byteLength(x, "utf8")
      : single
        ? x.length
        : iconv.encode(x, encoding).length
  const seg = { chars: 0, bytes: opts.from ? opts.from.offset : bom, str: "", prefix: false }
  type Pending = {
    e: CmlEvent
    pos: number
    open: { name: string; attrs: Record<string, string> }[] | null
  }
  const toCursor = (p: Pending): CmlCursor | null =>
    p.open
      ? { offset: seg.bytes + byteLength(seg.str.slice(0, p.pos - seg.chars)), open: p.open }
      : null
  // the subtree being collected (for a target) and its open elements
  let building: { kind: string; root: XNode; open: XNode[] } | null = null
  // classifier groups nest to any depth: each is emitted once its own fields (Ид, Наименование…)
  // are read, i.e. when its nested <Группы> opens or it closes, with its parent's id
  const groups: { node: XNode; emitted: boolean; id: string | null }[] = []
  let schemaVersion: string | undefined
  let error = null as Error | null
  let stopped = false
  let cursor: CmlCursor | null | undefined
  const pending: Pending[] = []
  const push = (e: CmlEvent) => {
    if (replaying) return
    // resumable only between top-level objects: not inside a group tree or a collected subtree
    const resumable = groups.length === 0 && building === null
    pending.push({ e, pos: parser.position, open: resumable ? rawStack.slice() : null })
  }

  const inClassifier = () => stack.includes("Классификатор")
  const emitGroup = (
    g: { node: XNode; emitted: boolean; id: string | null },
    parentId: string | null
  ) => {
    g.emitted = true
    g.id = g.node.children.find((c) => c.name === "Ид")?.text.trim() || null
    push({ kind: "group", node: g.node, parent_id: parentId })
  }
  const parentGroupId = () => (groups.length >= 2 ? groups[groups.length - 2].id : null)

  parser.on("doctype", () => {
    error = new CmlError("DTDs are not accepted in exchange files (<!DOCTYPE …>)")
  })
  parser.on("opentag", (tag) => {
    const name = local(tag.name)
    const attrs: Record<string, string> = {}
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>))
      attrs[local(k)] = v
    const parent = stack[stack.length - 1]
    stack.push(name)
    rawStack.push({ name: tag.name, attrs: tag.attributes as Record<string, string> })
    if (stack.length === 1) schemaVersion = attrs["ВерсияСхемы"]
    if (building) {
      const node: XNode = { name, attrs, children: [], text: "" }
      building.open[building.open.length - 1].children.push(node)
      building.open.push(node)
      return
    }
    if (inClassifier() && name === "Группа" && parent === "Группы") {
      groups.push({ node: { name, attrs, children: [], text: "" }, emitted: false, id: null })
      return
    }
    if (groups.length && parent === "Группа") {
      const g = groups[groups.length - 1]
      if (name === "Группы") {
        if (!g.emitted) emitGroup(g, parentGroupId())
        return
      }
      // a field of the group: collect it as a small subtree
      const node: XNode = { name, attrs, children: [], text: "" }
      g.node.children.push(node)
      building = { kind: "group-field", root: node, open: [node] }
      return
    }
    if (SECTIONS[name]) {
      push({
        kind: "section",
        section: SECTIONS[name],
        only_changes: (attrs["СодержитТолькоИзменения"] ?? "").toLowerCase() === "true",
      })
      return
    }
    for (const t of TARGETS) {
      if (endsWith(stack, t.suffix)) {
        const node: XNode = { name, attrs, children: [], text: "" }
        building = { kind: t.kind, root: node, open: [node] }
        return
      }
    }
  })
  parser.on("text", (t) => {
    if (building) building.open[building.open.length - 1].text += t
  })
  parser.on("cdata", (t) => {
    if (building) building.open[building.open.length - 1].text += t
  })
  parser.on("closetag", () => {
    const name = stack.pop()!
    rawStack.pop()
    if (building) {
      building.open.pop()
      if (building.open.length === 0) {
        const done = building
        building = null
        if (done.kind !== "group-field") push({ kind: done.kind as any, node: done.root }) // why: narrowed by the check above, which TS does not carry into the union
      }
      return
    }
    if (name === "Группа" && groups.length && stack[stack.length - 1] === "Группы") {
      const g = groups[groups.length - 1]
      if (!g.emitted) emitGroup(g, parentGroupId())
      groups.pop()
    }
  })
  parser.on("error", (e) => {
    error = e
  })

  const stream = createReadStream(path, {
    start: opts.from ? opts.from.offset : bom,
    highWaterMark: opts.highWaterMark ?? 256 * 1024,
  })
  // a stateful decoder: multi-byte characters split between chunks are joined correctly
  const decoder = (
    iconv as unknown as {
      getDecoder(e: string): { write(b: Buffer): string; end(): string | undefined }
    }
  ).getDecoder(encoding)
  const feed = (str: string, prefix = false) => {
    seg.chars += seg.str.length
    seg.bytes += seg.prefix ? 0 : byteLength(seg.str)
    seg.str = str
    seg.prefix = prefix
    parser.write(str)
    if (error)
      throw error instanceof CmlError ? error : new CmlError(`XML: ${(error as Error).message}`)
  }
  const drain = async () => {
    while (pending.length) {
      const p = pending.shift()!
      const r = await onEvent(p.e)
      if (r === "stop") {
        stopped = true
        cursor = toCursor(p)
        pending.length = 0
        return
      }
    }
  }
  try {
    if (opts.from) {
      // the prefix has no bytes in the file: positions after it map from the resume offset
      replaying = true
      feed(
        opts.from.open
          .map(
            (o) =>
              `<${o.name}${Object.entries(o.attrs)
                .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
                .join("")}>`
          )
          .join(""),
        true
      )
      replaying = false
    }
    for await (const chunk of stream) {
      feed(decoder.write(chunk as Buffer))
      await drain()
      if (stopped) break
    }
    if (!stopped) {
      feed(decoder.end() ?? "")
      parser.close()
      if (error)
        throw error instanceof CmlError ? error : new CmlError(`XML: ${(error as Error).message}`)
      await drain()
    }
  } finally {
    stream.destroy()
  }
  return { stopped, schema_version: schemaVersion, cursor: stopped ? (cursor ?? null) : undefined }
}
