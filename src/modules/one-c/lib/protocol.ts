import { timingSafeEqual } from "node:crypto"
import path from "node:path"
import iconv from "iconv-lite"

/**
 * A plain-text protocol answer exactly as 1C reads it: HTTP 200, the keyword on the first line
 * with nothing before it (no BOM, no whitespace), LF line ends, windows-1251 bytes by default,
 * Content-Length always set.
 */
export function textAnswer(lines: string[], encoding: string) {
  const body = lines.map((l) => l.replace(/[\r\n]+/g, " ")).join("\n") + "\n"
  const utf8 = encoding === "utf-8" || encoding === "utf8"
  const bytes = utf8 ? Buffer.from(body, "utf8") : iconv.encode(body, encoding)
  return {
    status: 200,
    contentType: `text/plain; charset=${utf8 ? "utf-8" : encoding}`,
    body: bytes,
  }
}

/** HTTP Basic credentials, decoded as UTF-8, or windows-1251 when that is not valid UTF-8 (Cyrillic logins). */
export function basicCredentials(
  header: string | undefined
): { login: string; password: string } | null {
  if (!header || !/^basic\s+/i.test(header)) return null
  const raw = Buffer.from(header.replace(/^basic\s+/i, "").trim(), "base64")
  let decoded = raw.toString("utf8")
  if (decoded.includes("\uFFFD")) decoded = iconv.decode(raw, "windows-1251")
  const i = decoded.indexOf(":")
  if (i < 0) return null
  return { login: decoded.slice(0, i), password: decoded.slice(i + 1) }
}

export function safeEqual(a: string, b: string) {
  const x = Buffer.from(a, "utf8")
  const y = Buffer.from(b, "utf8")
  return x.length === y.length && timingSafeEqual(x, y)
}

export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=")
    if (k === name && v.length) return v.join("=")
  }
  return null
}

const FORBIDDEN_EXT = /\.(php\d?|phtml|js|mjs|cjs|sh|exe|bat|cmd|com|pl|py|cgi|htaccess)$/i

/**
 * A file name from 1C made safe (reference behaviour): backslashes to slashes, leading /tmp/ or
 * upload/1c/webdata stripped, no "..", no absolute paths, no NUL, no scripts; sub-folders kept
 * (import_files/xx/… pictures). Returns the path relative to the session folder, or an error.
 */
export function safeRelativePath(
  filename: string | undefined
): { path: string } | { error: string } {
  if (!filename) return { error: "filename is missing" }
  if (filename.includes("\0")) return { error: "filename contains a NUL byte" }
  let f = filename.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "")
  f = f.replace(/^tmp\//, "").replace(/^upload\/1c\/webdata\//, "")
  if (!f || f.split("/").some((seg) => seg === ".." || seg === "." || seg === ""))
    return { error: `filename "${filename}" is not allowed` }
  if (/^[a-z]:/i.test(f) || path.isAbsolute(f))
    return { error: `filename "${filename}" is not allowed` }
  if (FORBIDDEN_EXT.test(f)) return { error: `file type of "${filename}" is not accepted` }
  return { path: f }
}

/** What one exchange call answers: protocol lines, an XML document (query/info), or HTTP 401. */
export type Answer =
  | {
      lines: string[]
      /** checkauth with a wrong login or password (counted by the brute-force throttle) */ authFailed?: true
    }
  | { xml: Buffer; encoding: string }
  | { status: 401 }
export const ok = (...lines: string[]): Answer => ({ lines: ["success", ...lines] })
export const progress = (msg: string): Answer => ({ lines: ["progress", msg] })
export const failure = (msg: string): Answer => ({ lines: ["failure", msg] })
