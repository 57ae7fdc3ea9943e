import { createWriteStream } from "node:fs"
import { mkdir } from "node:fs/promises"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import { Transform } from "node:stream"
import yauzl from "yauzl"
import { safeRelativePath } from "./protocol"

export class ZipRefused extends Error {}

/**
 * Unpacks an uploaded archive into the session folder with hard limits: entry count, total
 * uncompressed bytes (counted while inflating, so a lying header does not help a zip bomb), and
 * every entry path checked like an uploaded file name (no traversal, no absolute paths).
 */
export async function unzipSafely(
  zipPath: string,
  destDir: string,
  limits: { maxBytes: number; maxEntries: number }
): Promise<{ entries: number; bytes: number }> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      zipPath,
      { lazyEntries: true, autoClose: true, strictFileNames: false, validateEntrySizes: true },
      (err, z) => (err ? reject(new ZipRefused(`damaged archive: ${err.message}`)) : resolve(z!))
    )
  )
  let entries = 0
  let bytes = 0
  return new Promise((resolve, reject) => {
    const fail = (e: Error) => {
      zip.close()
      if (e instanceof ZipRefused) return reject(e)
      // yauzl's own path validation (absolute paths, "..") is a refusal, not damage
      reject(
        new ZipRefused(
          /relative path|absolute path|invalid characters/i.test(e.message)
            ? `archive entry refused: ${e.message}`
            : `damaged archive: ${e.message}`
        )
      )
    }
    zip.on("error", fail)
    zip.on("end", () => resolve({ entries, bytes }))
    zip.on("entry", async (entry: yauzl.Entry) => {
      try {
        if (++entries > limits.maxEntries)
          throw new ZipRefused(`archive has more than ${limits.maxEntries} entries`)
        if (/\/$/.test(entry.fileName)) return zip.readEntry()
        const safe = safeRelativePath(entry.fileName)
        if ("error" in safe) throw new ZipRefused(`archive entry refused: ${safe.error}`)
        const target = path.join(destDir, safe.path)
        if (!target.startsWith(destDir + path.sep))
          throw new ZipRefused(`archive entry "${entry.fileName}" escapes the upload folder`)
        await mkdir(path.dirname(target), { recursive: true })
        const stream = await new Promise<NodeJS.ReadableStream>((res, rej) =>
          zip.openReadStream(entry, (e, s) => (e ? rej(e) : res(s!)))
        )
        const counter = new Transform({
          transform(chunk, _enc, cb) {
            bytes += chunk.length
            if (bytes > limits.maxBytes)
              return cb(
                new ZipRefused(
                  `archive unpacks to more than ${Math.round(limits.maxBytes / 1048576)} MB`
                )
              )
            cb(null, chunk)
          },
        })
        await pipeline(stream, counter, createWriteStream(target))
        zip.readEntry()
      } catch (e) {
        fail(e as Error)
      }
    })
    zip.readEntry()
  })
}
