import { Modules } from "@medusajs/framework/utils"
import { open, readFile, stat } from "node:fs/promises"
import path from "node:path"
import { safeRelativePath } from "../../../modules/one-c"

/** What a product's picture was made from: its path in the upload and its size (re-imports compare these). */
export type ImageFile = { path: string; size: number; url?: string; file_id?: string }

/** The MIME type from the first bytes: 1C names pictures freely, the name's extension proves nothing (PROTOCOL.md). */
function sniff(head: Buffer): string | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image/jpeg"
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png"
  if (head.subarray(0, 4).toString("ascii") === "GIF8") return "image/gif"
  if (
    head.subarray(0, 4).toString("ascii") === "RIFF" &&
    head.subarray(8, 12).toString("ascii") === "WEBP"
  )
    return "image/webp"
  if (head.subarray(0, 2).toString("ascii") === "BM") return "image/bmp"
  return null
}

/**
 * The pictures of one import batch as found in the session folder: `<Картинка>` paths resolved
 * like uploaded file names (no traversal), each file's size. A path that is missing, unsafe or
 * not an image is a warning, never a failure. A picture missing now that an earlier import stored
 * (1C does not always send unchanged pictures again) keeps its earlier entry: `previous` gives
 * a product's stored `image_files`.
 */
export async function locateImages(
  dir: string,
  wanted: Map<string, string[]>,
  previous: (base: string) => Promise<ImageFile[] | undefined>
): Promise<{ files: Map<string, ImageFile[]>; warnings: string[]; missing: number }> {
  const files = new Map<string, ImageFile[]>()
  const warnings: string[] = []
  let missing = 0
  const seen = new Map<string, Promise<ImageFile | string>>()
  const probe = (p: string): Promise<ImageFile | string> => {
    if (!seen.has(p)) {
      seen.set(
        p,
        (async () => {
          const safe = safeRelativePath(p)
          if ("error" in safe) return safe.error
          const full = path.join(dir, safe.path)
          if (!full.startsWith(path.resolve(dir) + path.sep)) return `path "${p}" is not allowed`
          try {
            const st = await stat(full)
            if (!st.isFile() || st.size === 0) return `file ${safe.path} is empty`
            return { path: safe.path, size: st.size }
          } catch {
            return `file ${safe.path} not found in the upload`
          }
        })()
      )
    }
    return seen.get(p)!
  }
  for (const [base, paths] of wanted) {
    const out: ImageFile[] = []
    let prev: ImageFile[] | undefined
    for (const p of paths) {
      const f = await probe(p)
      if (typeof f !== "string") {
        if (!out.some((o) => o.path === f.path)) out.push(f)
        continue
      }
      prev ??= (await previous(base)) ?? []
      const rel = safeRelativePath(p)
      const kept = prev.find((x) => x.path === ("path" in rel ? rel.path : p))
      if (kept) out.push({ path: kept.path, size: kept.size })
      else {
        missing++
        if (warnings.length < 20) warnings.push(`товар ${base}: картинка ${p}: ${f}`)
      }
    }
    if (out.length) files.set(base, out)
  }
  return { files, warnings, missing }
}

/**
 * Uploads the batch's pictures not stored yet through the file module (public access), eight at a
 * time so a batch never holds more pictures than that in memory, each distinct path+size once.
 * Pictures already stored with the same path and size (`stored`) are reused, never uploaded again.
 * `withUrls` maps a product's pictures to the stored ones; `uploaded` are the file ids created now
 * (for compensation).
 */
export async function uploadImages(
  container: any,
  dir: string,
  wanted: ImageFile[],
  stored: ImageFile[]
) {
  const key = (f: ImageFile) => `${f.path}|${f.size}`
  const have = new Map(stored.filter((s) => s.url).map((s) => [key(s), s]))
  const uploaded: string[] = []
  const warnings: string[] = []
  const todo = [
    ...new Map(wanted.filter((w) => !have.has(key(w))).map((w) => [key(w), w])).values(),
  ]
  if (todo.length) {
    const fileModule = container.resolve(Modules.FILE)
    for (let i = 0; i < todo.length; i += 8) {
      const chunk: { f: ImageFile; mime: string; content: Buffer }[] = []
      for (const f of todo.slice(i, i + 8)) {
        const full = path.join(dir, f.path)
        const fh = await open(full, "r")
        const head = Buffer.alloc(12)
        await fh.read(head, 0, 12, 0)
        await fh.close()
        const mime = sniff(head)
        if (!mime) {
          if (warnings.length < 20)
            warnings.push(`картинка ${f.path}: не изображение (JPEG, PNG, GIF, WebP, BMP)`)
          continue
        }
        chunk.push({ f, mime, content: await readFile(full) })
      }
      if (!chunk.length) continue
      const created = await fileModule.createFiles(
        chunk.map((c) => ({
          filename: path.basename(c.f.path),
          mimeType: c.mime,
          content: c.content.toString("base64"),
          access: "public",
        }))
      )
      created.forEach((file: { id: string; url: string }, j: number) => {
        uploaded.push(file.id)
        have.set(key(chunk[j].f), { ...chunk[j].f, url: file.url, file_id: file.id })
      })
    }
  }
  const withUrls = (files: ImageFile[]) =>
    files.flatMap((f) => {
      const got = have.get(key(f))
      return got ? [{ path: got.path, size: got.size, url: got.url, file_id: got.file_id }] : []
    })
  return { withUrls, uploaded, warnings }
}

export const sameImages = (a: ImageFile[] = [], b: ImageFile[] = []) =>
  a.length === b.length && a.every((x, i) => x.path === b[i].path && x.size === b[i].size)
