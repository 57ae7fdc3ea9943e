import type { MedusaContainer } from "@medusajs/framework/types"
import { randomBytes } from "node:crypto"
import { createReadStream, createWriteStream } from "node:fs"
import { mkdir, readdir, rm, stat } from "node:fs/promises"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import { Transform, type Readable } from "node:stream"
import {
  basicCredentials,
  CmlError,
  cookieValue,
  failure,
  ok,
  ONE_C_MODULE,
  safeEqual,
  safeRelativePath,
  ZipRefused,
  type Answer,
  type OneCSession,
} from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { oneCSettings, type OneCSettings } from "../../../lib/one-c-settings"
import { archiveMissingProductsWorkflow } from "../../../workflows/one-c"
import { analyzeGrown, runImportCall, saleInfo, saleQuery } from "../../../workflows/one-c/utils"

/**
 * The 1C exchange protocol adapter (CommerceML 2, "exchange with site"): each mode becomes calls of
 * the one-c module's session state machine, of the import engine and of workflows. Uploads are
 * written to the session folder here (the HTTP edge owns the request stream).
 */
type Req = {
  query: Record<string, unknown>
  headers: Record<string, string | string[] | undefined>
  stream: Readable
}

const svc = (c: MedusaContainer) => c.resolve<OneCModuleService>(ONE_C_MODULE)
const q = (req: Req, k: string) =>
  typeof req.query[k] === "string" ? (req.query[k] as string) : undefined

/** The whole exchange protocol: one function per mode, each answering what 1C expects. */
export async function handleExchange(container: MedusaContainer, req: Req): Promise<Answer> {
  const s = oneCSettings()
  const type = q(req, "type")
  const mode = q(req, "mode")
  if (type !== "catalog" && type !== "sale")
    return failure(`Неизвестный тип обмена: ${type ?? "(нет)"}`)
  if (mode === "checkauth") return checkauth(container, req, type, s)
  const session = await sessionOf(container, req, type, s)
  if (!session) return failure("Ошибка авторизации: начните обмен заново (checkauth)")
  const sessid = q(req, "sessid")
  if (sessid && sessid !== `sessid=${session.sessid}` && sessid !== session.sessid)
    return failure("Ошибка авторизации: sessid не совпадает с сессией")
  await svc(container).touchSession(session.id)
  const started = Date.now()
  let answer: Answer
  try {
    switch (mode) {
      case "init":
        answer = await init(container, session, q(req, "version"), s)
        break
      case "file":
        answer = await file(container, session, q(req, "filename"), req.stream, s)
        if (
          type === "sale" &&
          !session.version &&
          "lines" in answer &&
          answer.lines[0] === "success"
        ) {
          // old sale protocol: the upload is imported at once, no separate `import` call
          answer = await importUntilDone(container, session, q(req, "filename")!, s)
        }
        break
      case "import":
        answer = await runImportCall(container, session, q(req, "filename"), s)
        break
      case "deactivate":
      case "complete":
        answer = await finish(container, session, mode, s)
        break
      case "query":
        answer =
          type === "sale"
            ? await saleQuery(container, session)
            : failure("query: только для type=sale")
        break
      case "success":
        answer = type === "sale" ? await commitSale(container, session.id) : ok()
        break
      case "info":
        answer = saleInfo()
        break
      default:
        answer = failure("Неизвестная команда.")
    }
  } catch (e) {
    answer = failure(
      e instanceof CmlError || e instanceof ZipRefused
        ? e.message
        : `Ошибка: ${(e as Error).message}`
    )
  }
  if (mode !== "file" && mode !== "checkauth") {
    await svc(container).logCall({
      session_id: session.id,
      type,
      mode: mode ?? "",
      filename: q(req, "filename") ?? null,
      lines: "lines" in answer ? answer.lines : ["success"],
      duration_ms: Date.now() - started,
    })
  }
  return answer
}

async function checkauth(
  container: MedusaContainer,
  req: Req,
  type: "catalog" | "sale",
  s: OneCSettings
): Promise<Answer> {
  const creds = basicCredentials(req.headers.authorization as string | undefined)
  if (!creds) return { status: 401 }
  if (!s.login || !s.password)
    return failure("Обмен с 1С не настроен: задайте ONE_C_EXCHANGE_LOGIN и ONE_C_EXCHANGE_PASSWORD")
  if (!(safeEqual(creds.login, s.login) && safeEqual(creds.password, s.password)))
    return { ...failure("Неверный логин или пароль"), authFailed: true }
  const session = await svc(container).openSession(type, s.dir)
  return ok(
    s.cookieName,
    session.cookie,
    `sessid=${session.sessid}`,
    `timestamp=${Math.floor(Date.now() / 1000)}`
  )
}

async function sessionOf(
  container: MedusaContainer,
  req: Req,
  type: string,
  s: OneCSettings
): Promise<OneCSession | null> {
  const cookie = cookieValue(req.headers.cookie as string | undefined, s.cookieName)
  if (!cookie) return null
  return svc(container).activeSession(cookie, type, s.sessionIdleHours)
}

async function init(
  container: MedusaContainer,
  session: OneCSession,
  version: string | undefined,
  s: OneCSettings
): Promise<Answer> {
  // `file` appends: a fresh upload area, or stale bytes would be glued to the new files
  await rm(session.dir, { recursive: true, force: true })
  await mkdir(session.dir, { recursive: true })
  await svc(container).initSession(session.id, version ?? null)
  const lines = ["zip=yes", `file_limit=${s.fileLimit}`]
  if (version) lines.push(`sessid=${session.sessid}`, `version=${s.schemaVersion}`)
  return { lines }
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  for (const e of entries) {
    // Dirent.parentPath since Node 20.12, Dirent.path before it
    if (e.isFile()) total += (await stat(path.join(e.parentPath ?? e.path ?? dir, e.name))).size
  }
  return total
}

async function file(
  container: MedusaContainer,
  session: OneCSession,
  filename: string | undefined,
  body: Readable,
  s: OneCSettings
): Promise<Answer> {
  const safe = safeRelativePath(filename)
  if ("error" in safe) return failure(safe.error)
  await mkdir(session.dir, { recursive: true })
  const target = path.join(session.dir, safe.path)
  await mkdir(path.dirname(target), { recursive: true })
  const used = await dirBytes(session.dir)
  let n = 0
  const limiter = new Transform({
    transform(chunk, _e, cb) {
      n += chunk.length
      if (n > s.fileLimit)
        return cb(new Error(`часть файла больше file_limit (${s.fileLimit} байт)`))
      if (used + n > s.maxSessionBytes)
        return cb(
          new Error(
            `превышен объём загрузки сессии (${Math.round(s.maxSessionBytes / 1048576)} МБ)`
          )
        )
      cb(null, chunk)
    },
  })
  // the chunk goes to a part file first and is appended only when complete
  const part = `${target}.part-${randomBytes(4).toString("hex")}`
  try {
    await pipeline(body, limiter, createWriteStream(part))
  } catch (e) {
    await rm(part, { force: true })
    return failure(`Ошибка записи файла ${safe.path}: ${(e as Error).message}`)
  }
  if (n === 0) {
    await rm(part, { force: true })
    return failure(`Пустой запрос: нет данных файла ${safe.path}`)
  }
  await pipeline(createReadStream(part), createWriteStream(target, { flags: "a" }))
  await rm(part, { force: true })
  // a file uploaded again in the same session is imported again from scratch
  await svc(container).resetFile(session.id, safe.path)
  return ok()
}

async function importUntilDone(
  container: MedusaContainer,
  session: OneCSession,
  filename: string,
  s: OneCSettings
): Promise<Answer> {
  for (let i = 0; i < 10000; i++) {
    const a = await runImportCall(container, session, filename, { ...s, stepSeconds: 0 })
    if (!("lines" in a) || a.lines[0] !== "progress") return a
  }
  return failure("import did not finish")
}

/** deactivate/complete: after a full export, products 1C no longer sends are archived (never deleted). */
async function finish(
  container: MedusaContainer,
  session: OneCSession,
  mode: string,
  s: OneCSettings
): Promise<Answer> {
  let archived = 0
  // statistics first: the sweep's anti-join of the mapping table against the session's staged ids
  // was planned for the empty tables of before the import (3.9 s at 10k products instead of ~0.1 s)
  if (session.type === "catalog") await analyzeGrown(container)
  if (session.type === "catalog" && session.full_import && s.sweepMissing) {
    const { result } = await archiveMissingProductsWorkflow(container).run({
      input: { session_id: session.id },
    })
    archived = result
  }
  if (mode === "complete") await svc(container).closeSession(session.id)
  return ok(
    archived
      ? `Снято с публикации товаров, отсутствующих в полной выгрузке: ${archived}`
      : "Обмен завершен"
  )
}

/** mode=success: the orders of the last query are marked exported as of that query's start. */
async function commitSale(container: MedusaContainer, sessionId: string): Promise<Answer> {
  const n = await svc(container).commitPendingOrders(sessionId)
  return n === null
    ? failure("Нет выгрузки заказов для подтверждения (сначала mode=query)")
    : ok(`Подтверждена выгрузка заказов: ${n}`)
}
