import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"
import { createWriteStream, existsSync } from "node:fs"
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import { Transform, type Readable } from "node:stream"
import { ONE_C_MODULE } from "../../modules/one-c"
import type OneCModuleService from "../../modules/one-c/service"
import { offerHash, TOTAL_WAREHOUSE } from "../../workflows/one-c/steps/offers"
import {
  parseGroup,
  parseOffer,
  parsePriceType,
  parseProduct,
  parseProperty,
  parseWarehouse,
  type CmlOffer,
} from "../../modules/one-c/lib/catalog"
import {
  CmlError,
  readCommerceMl,
  type CmlCursor,
  type CmlEvent,
} from "../../modules/one-c/lib/reader"
import {
  applyClassifierWorkflow,
  applyOffersWorkflow,
  applyProductsWorkflow,
} from "../../workflows/one-c/workflows/catalog"
import { archiveMissingProductsWorkflow } from "../../workflows/one-c/workflows/sweep"
import { applySaleObjectsWorkflow } from "../../workflows/one-c/workflows/sale"
import { commit as commitSale, info as saleInfo, query as saleQuery } from "./sale"
import { basicCredentials, cookieValue, safeEqual, safeRelativePath } from "./protocol"
import { oneCSettings, type OneCSettings } from "./settings"
import { ZipRefused, unzipSafely } from "./zip"

export type Answer =
  | {
      lines: string[]
      /** checkauth with a wrong login or password (counted by the brute-force throttle) */ authFailed?: true
    }
  | { xml: Buffer; encoding: string }
  | { status: 401 }
const ok = (...lines: string[]): Answer => ({ lines: ["success", ...lines] })
const progress = (msg: string): Answer => ({ lines: ["progress", msg] })
const failure = (msg: string): Answer => ({ lines: ["failure", msg] })

type Req = {
  query: Record<string, unknown>
  headers: Record<string, string | string[] | undefined>
  stream: Readable
}
type Session = Awaited<ReturnType<OneCModuleService["listOnecSessions"]>>[number]

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
  await svc(container).updateOnecSessions({ id: session.id, last_seen_at: new Date() })
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
        answer = await importStep(container, session, q(req, "filename"), s)
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
        answer = type === "sale" ? await commitSale(container, session) : ok()
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
    const lines = "lines" in answer ? answer.lines : ["success"]
    await svc(container).createOnecLogs({
      session_id: session.id,
      type,
      mode: mode ?? "",
      filename: q(req, "filename") ?? null,
      status:
        (lines[0] as any) === "progress"
          ? "progress"
          : lines[0] === "failure"
            ? "failure"
            : "success",
      message: lines.slice(1).join(" ").slice(0, 2000),
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
  const cookie = randomBytes(24).toString("hex")
  const sessid = randomBytes(16).toString("hex")
  const session = await svc(container).createOnecSessions({
    type,
    cookie,
    sessid,
    dir: "",
    last_seen_at: new Date(),
    status: "active",
  } as any)
  await svc(container).updateOnecSessions({ id: session.id, dir: path.join(s.dir, session.id) })
  return ok(s.cookieName, cookie, `sessid=${sessid}`, `timestamp=${Math.floor(Date.now() / 1000)}`)
}

async function sessionOf(
  container: MedusaContainer,
  req: Req,
  type: string,
  s: OneCSettings
): Promise<Session | null> {
  const cookie = cookieValue(req.headers.cookie as string | undefined, s.cookieName)
  if (!cookie) return null
  const [session] = await svc(container).listOnecSessions(
    { cookie, type, status: "active" } as any,
    { take: 1 }
  )
  if (!session) return null
  if (Date.now() - new Date(session.last_seen_at).getTime() > s.sessionIdleHours * 3600_000)
    return null
  return session
}

async function init(
  container: MedusaContainer,
  session: Session,
  version: string | undefined,
  s: OneCSettings
): Promise<Answer> {
  // `file` appends: a fresh upload area, or stale bytes would be glued to the new files
  await rm(session.dir, { recursive: true, force: true })
  await mkdir(session.dir, { recursive: true })
  await svc(container).resetFile(session.id, null)
  await svc(container).updateOnecSessions({
    id: session.id,
    version: version ?? null,
    full_import: false,
  })
  const lines = ["zip=yes", `file_limit=${s.fileLimit}`]
  if (version) lines.push(`sessid=${session.sessid}`, `version=${s.schemaVersion}`)
  return { lines }
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true } as any).catch(
    () => [] as any[]
  )) {
    if ((e as any).isFile())
      total += (
        await stat(path.join((e as any).parentPath ?? (e as any).path ?? dir, (e as any).name))
      ).size
  }
  return total
}

async function file(
  container: MedusaContainer,
  session: Session,
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
  const { createReadStream } = await import("node:fs")
  await pipeline(createReadStream(part), createWriteStream(target, { flags: "a" }))
  await rm(part, { force: true })
  // a file uploaded again in the same session is imported again from scratch
  await svc(container).resetFile(session.id, safe.path)
  return ok()
}

/** Unpacks archives uploaded in this session that are not unpacked yet (first `import` calls). */
async function unpackPending(session: Session, s: OneCSettings): Promise<string | null> {
  const names = (await readdir(session.dir).catch(() => [] as string[])).filter((f) =>
    f.toLowerCase().endsWith(".zip")
  )
  for (const z of names) {
    await unzipSafely(path.join(session.dir, z), session.dir, {
      maxBytes: s.zipMaxBytes,
      maxEntries: s.zipMaxEntries,
    })
    await rename(path.join(session.dir, z), path.join(session.dir, `${z}.done`))
    return `Распаковка архива ${z} завершена.`
  }
  return null
}

const CLASSIFIER_KINDS = new Set(["group", "property", "price_type", "warehouse"])

/** The staged form of a reader event (parsed once, applied later, possibly by another instance). */
function stageable(e: CmlEvent): { kind: string; payload: unknown } | null {
  switch (e.kind) {
    case "section":
      return { kind: "section", payload: { section: e.section, only_changes: e.only_changes } }
    case "group":
      return { kind: "group", payload: parseGroup(e.node, e.parent_id) }
    case "property":
      return { kind: "property", payload: parseProperty(e.node) }
    case "price_type":
      return { kind: "price_type", payload: parsePriceType(e.node) }
    case "warehouse":
      return { kind: "warehouse", payload: parseWarehouse(e.node) }
    case "product":
      return { kind: "product", payload: parseProduct(e.node) }
    case "offer":
      return { kind: "offer", payload: parseOffer(e.node) }
    case "document":
    case "counterparty":
      return { kind: e.kind, payload: e.node }
    default:
      return null
  }
}

type Counts = Record<string, number> & { warnings?: any }

/**
 * Offer batches may be applied at the same time when they touch disjoint rows and create nothing two
 * of them could create twice: every warehouse (or the total-stock location) and every characteristic
 * variant already mapped, and no offer listed twice (1C repeats ids sometimes).
 */
async function offersRunTogether(container: MedusaContainer, offers: CmlOffer[]) {
  if (new Set(offers.map((o) => o.id)).size !== offers.length) return false
  const warehouses = new Set<string>()
  for (const o of offers) {
    if (o.stocks) for (const st of o.stocks) warehouses.add(st.warehouse_id)
    else if (o.total_quantity !== null) warehouses.add(TOTAL_WAREHOUSE)
  }
  const onec = svc(container)
  if ((await onec.mappingsFor("warehouse", [...warehouses])).size < warehouses.size) return false
  const chars = offers.filter((o) => o.characteristic_id).map((o) => o.id)
  return !chars.length || (await onec.mappingsFor("variant", chars)).size === chars.length
}
const add = (a: Counts, b: Record<string, any>) => {
  for (const [k, v] of Object.entries(b)) if (typeof v === "number") a[k] = (a[k] ?? 0) + v
  return a
}

async function importUntilDone(
  container: MedusaContainer,
  session: Session,
  filename: string,
  s: OneCSettings
): Promise<Answer> {
  for (let i = 0; i < 10000; i++) {
    const a = await importStep(container, session, filename, { ...s, stepSeconds: 0 })
    if (!("lines" in a) || a.lines[0] !== "progress") return a
  }
  return failure("import did not finish")
}

/**
 * One `import` call: unpack pending archives, then read the file into the staging table, then
 * apply staged objects in batches, each within the time budget; the position is kept in the
 * database so the next call (on any instance) resumes. A malformed file fails while it is being
 * read, before anything is applied: the catalog stays as it was.
 */
export async function importStep(
  container: MedusaContainer,
  session: Session,
  filename: string | undefined,
  s: OneCSettings
): Promise<Answer> {
  const deadline = s.stepSeconds > 0 ? Date.now() + s.stepSeconds * 1000 : Number.POSITIVE_INFINITY
  const unpacked = await unpackPending(session, s)
  if (unpacked) return progress(unpacked)
  const safe = safeRelativePath(filename)
  if ("error" in safe) return failure(safe.error)
  const full = path.join(session.dir, safe.path)
  if (!existsSync(full))
    return failure(`Файл ${safe.path} не найден: загрузите его (mode=file) перед импортом`)
  const onec = svc(container)
  let [state] = await onec.listOnecFileStates(
    { session_id: session.id, filename: safe.path },
    { take: 1 }
  )
  if (state?.phase === "failed") return failure(state.error ?? "импорт файла завершился с ошибкой")
  if (!state)
    state = await onec.createOnecFileStates({
      session_id: session.id,
      filename: safe.path,
      phase: "stage",
      started_at: new Date(),
    } as any)
  if (state.phase === "done") {
    // 1C imports the same file again: start over (re-import is idempotent)
    await onec.resetFile(session.id, safe.path)
    state = await onec.createOnecFileStates({
      session_id: session.id,
      filename: safe.path,
      phase: "stage",
      started_at: new Date(),
    } as any)
  }

  if (!state.read_done) {
    let seq = 0
    // from the cursor the last call left, objects before it are not read again; without one, the
    // file is read from its start and the objects already staged are skipped
    const from = (state.read_cursor as CmlCursor | null) ?? null
    const skip = from ? 0 : state.staged
    let staged = state.staged
    await onec.dropStagedAfter(session.id, safe.path, staged)
    let buffer: { kind: string; payload: unknown }[] = []
    // staged per insert; the time budget is checked after each (two apply batches' worth, ≤ 1,000)
    const stageBatch = Math.max(1, Math.min(1000, s.batchSize * 2))
    let full_catalog = false
    // where the read phase's time goes (summed per file into counts, like the apply phase's ms_*):
    // ms_stage is the inserts' own time, ms_read the rest of the phase (parsing, and waiting for an insert)
    const tRead = Date.now()
    let msStage = 0
    let msWait = 0
    const readCounts = () => {
      const c = { ...((state.counts as Counts) ?? {}) }
      c.ms_read = (c.ms_read ?? 0) + Date.now() - tRead
      c.ms_stage = (c.ms_stage ?? 0) + msStage
      c.ms_stage_wait = (c.ms_stage_wait ?? 0) + msWait
      return c
    }
    // a buffer is inserted while the reader parses the next one (Node parses, Postgres inserts: they
    // overlap on two cores); one insert at a time, all of them done before the position is recorded
    let inFlight: Promise<void> | null = null
    let stageError: unknown = null
    const settle = async () => {
      const t0 = Date.now()
      if (inFlight) await inFlight
      inFlight = null
      msWait += Date.now() - t0
      if (stageError) throw stageError
    }
    const flush = async () => {
      if (!buffer.length) return
      const items = buffer
      const from = staged
      buffer = []
      staged += items.length
      await settle()
      const t0 = Date.now()
      inFlight = onec.stage(session.id, safe.path, from, items).then(
        () => void (msStage += Date.now() - t0),
        (e) => void (stageError = e)
      )
    }
    try {
      const r = await readCommerceMl(
        full,
        async (e) => {
          const st = stageable(e)
          if (!st) return
          if (
            e.kind === "section" &&
            (e.section === "catalog" || e.section === "offers") &&
            !e.only_changes
          )
            full_catalog = true
          if (++seq <= skip) return
          buffer.push(st)
          if (buffer.length >= stageBatch) {
            await flush()
            if (Date.now() > deadline) return "stop"
          }
        },
        { from }
      )
      await flush()
      await settle()
      // a full export (not a delta): known as soon as its section opens, kept on the session
      if (full_catalog) await onec.updateOnecSessions({ id: session.id, full_import: true })
      if (r.stopped) {
        await onec.updateOnecFileStates({
          id: state.id,
          staged,
          read_cursor: (r.cursor ?? null) as any,
          counts: readCounts() as any,
        })
        return progress(`Прочитано объектов файла ${safe.path}: ${staged}`)
      }
    } catch (e) {
      await settle().catch(() => undefined)
      const msg =
        e instanceof CmlError
          ? `${safe.path}: ${e.message}`
          : `${safe.path}: ${(e as Error).message}`
      await onec.updateOnecFileStates({ id: state.id, phase: "failed", error: msg })
      return failure(msg)
    }
    const counts = readCounts()
    await onec.updateOnecFileStates({
      id: state.id,
      staged,
      read_done: true,
      phase: "apply",
      read_cursor: null,
      counts: counts as any,
    })
    state = { ...state, staged, read_done: true, phase: "apply", counts: counts as any }
  }

  const counts: Counts = { ...((state.counts as Counts) ?? {}) }
  let applied = state.applied_seq
  let onlyChanges = state.only_changes
  const priceTypes: { id: string; currency: string }[] = []
  // at least one batch per call, then as many as the time budget allows
  let batches = 0
  // after a batch that ended in offers, the next read takes offer batches for every parallel lane
  let size = s.batchSize
  while (batches === 0 || Date.now() < deadline) {
    batches++
    const tFetch = Date.now()
    const rows = await onec.stagedAfter(session.id, safe.path, applied, size)
    counts.ms_fetch = (counts.ms_fetch ?? 0) + Date.now() - tFetch
    if (!rows.length) break
    // consecutive objects of one family go to one workflow run
    let i = 0
    while (i < rows.length) {
      const kind = rows[i].kind
      if (kind === "section") {
        onlyChanges = !!rows[i].payload.only_changes
        applied = rows[i].seq
        i++
        continue
      }
      const family = CLASSIFIER_KINDS.has(kind) ? "classifier" : kind
      let j = i
      while (
        j < rows.length &&
        (CLASSIFIER_KINDS.has(rows[j].kind) ? "classifier" : rows[j].kind) === family
      )
        j++
      const run = rows.slice(i, j)
      const tRun = Date.now()
      if (family === "classifier") {
        const pick = (k: string) => run.filter((r) => r.kind === k).map((r) => r.payload)
        priceTypes.push(...pick("price_type"))
        const { result } = await applyClassifierWorkflow(container).run({
          input: {
            session_id: session.id,
            groups: pick("group"),
            properties: pick("property"),
            price_types: pick("price_type"),
            warehouses: pick("warehouse"),
          },
        })
        add(counts, result)
      } else if (family === "product") {
        const { result } = await applyProductsWorkflow(container).run({
          input: { session_id: session.id, products: run.map((r) => r.payload), dir: session.dir },
        })
        add(counts, result)
        // pictures missing from the upload are warnings in the session log, never failures
        if (result.warnings?.length)
          counts.messages = [
            ...((counts.messages as any) ?? []),
            ...result.warnings.map((w: string) => `Предупреждение: ${w}`),
          ].slice(0, 50) as any
      } else if (family === "offer") {
        // offers whose hash is the one last applied are counted and left out before any workflow runs
        // (an unchanged offers file then costs one mapping read per batch); the hashes read here go to
        // the workflow, whose plan step would otherwise read them again
        const all = run.map((r) => r.payload as CmlOffer)
        const last = await onec.mappingsFor("offer", [...new Set(all.map((o) => o.id))])
        const offers = all.filter((o) => last.get(o.id)?.hash !== offerHash(o))
        counts.unchanged = (counts.unchanged ?? 0) + all.length - offers.length
        const chunks: CmlOffer[][] = []
        for (let k = 0; k < offers.length; k += s.offerBatchSize)
          chunks.push(offers.slice(k, k + s.offerBatchSize))
        const together = chunks.length > 1 && (await offersRunTogether(container, offers))
        // (not when batches run one after another and may repeat an offer: a later batch must see what an earlier wrote)
        const fresh = together || chunks.length === 1
        const hashesOf = (o: CmlOffer[]) =>
          Object.fromEntries(
            o.filter((x) => last.has(x.id)).map((x) => [x.id, last.get(x.id)!.hash ?? ""])
          )
        const apply = (o: CmlOffer[]) =>
          applyOffersWorkflow(container).run({
            input: {
              offers: o,
              only_changes: onlyChanges,
              price_types: priceTypes,
              last_hashes: fresh ? hashesOf(o) : undefined,
            },
          })
        if (together) {
          // all settle before an error is answered: no batch is left running behind a `failure`
          const settled = await Promise.allSettled(chunks.map(apply))
          const failed = settled.find((x) => x.status === "rejected") as
            PromiseRejectedResult | undefined
          if (failed) throw failed.reason
          for (const x of settled) add(counts, (x as PromiseFulfilledResult<any>).value.result)
          counts.parallel_batches = (counts.parallel_batches ?? 0) + chunks.length
        } else {
          for (const c of chunks) add(counts, (await apply(c)).result)
        }
      } else if (family === "document" || family === "counterparty") {
        const { result } = await applySaleObjectsWorkflow(container).run({
          input: { kind: family, nodes: run.map((r) => r.payload) },
        })
        add(counts, result)
        if (result.messages?.length)
          counts.messages = [...((counts.messages as any) ?? []), ...result.messages].slice(
            0,
            50
          ) as any
      }
      counts[`ms_wf_${family}`] = (counts[`ms_wf_${family}`] ?? 0) + Date.now() - tRun
      applied = run[run.length - 1].seq
      size = family === "offer" ? s.offerBatchSize * s.offerParallel : s.batchSize
      i = j
    }
    // the largest server RSS seen while applying this file (where memory goes: bench/1c prints it)
    counts.max_rss_mb = Math.max(
      Number(counts.max_rss_mb ?? 0),
      Math.round(process.memoryUsage.rss() / 1048576)
    )
    // each time the file's position passes another 20 batches (10,000 objects by default), on
    // whichever call and instance that happens: fresh statistics for the tables the import has grown
    const every = s.batchSize * 20
    if (Math.floor(applied / every) > Math.floor(state.applied_seq / every)) {
      const tA = Date.now()
      await analyzeGrown(container)
      counts.ms_analyze = (counts.ms_analyze ?? 0) + Date.now() - tA
    }
    const tSave = Date.now()
    await onec.updateOnecFileStates({
      id: state.id,
      applied_seq: applied,
      only_changes: onlyChanges,
      counts,
    })
    counts.ms_save = (counts.ms_save ?? 0) + Date.now() - tSave
    state = { ...state, applied_seq: applied }
    if (Date.now() >= deadline) break
  }
  if (applied < state.staged)
    return progress(`Обработано объектов ${applied} из ${state.staged} (${safe.path})`)
  await onec.updateOnecFileStates({ id: state.id, phase: "done", finished_at: new Date(), counts })
  const summary = `создано ${counts.created ?? 0}, изменено ${counts.updated ?? 0}, без изменений ${counts.unchanged ?? 0}, не найдено ${counts.unknown ?? 0}, ошибок ${counts.failed ?? 0}${counts.images_missing ? `, картинок не загружено ${counts.images_missing}` : ""}`
  const extra = ((counts.messages as any) ?? []) as string[]
  return ok(`Импорт ${safe.path} завершен: ${summary}`, ...extra)
}

const ANALYZED_TABLES = [
  "product",
  "product_variant",
  "product_category_product",
  "product_variant_inventory_item",
  "product_sales_channel",
  "inventory_item",
  "inventory_level",
  "pc_variant_price",
  "onec_mapping",
  "onec_staged",
]

/**
 * `ANALYZE` of the catalog tables that grew by more than a fifth (and 1,000 rows) since their last
 * statistics: autovacuum's rule, which it applies late or, with autovacuum off, never. Without it a
 * bulk load keeps the empty-table plans (at 100k products the offers' price lookups took 44 s instead of
 * ~10 s; the sweep's anti-join 3.9 s instead of 0.1 s at 10k). Updates alone (a delta of prices and stock)
 * leave row counts and keys as they were, so they do not trigger it (4.2 s of a 100k delta before).
 */
async function analyzeGrown(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const grown = (
    await knex.raw(
      `select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid
        where s.relname = any(?) and s.n_live_tup - greatest(c.reltuples, 0) > greatest(1000, 0.2 * greatest(c.reltuples, 0))`,
      [ANALYZED_TABLES]
    )
  ).rows.map((r: any) => r.relname as string)
  if (grown.length) await knex.raw(`analyze ${grown.map((t: string) => `"${t}"`).join(", ")}`)
}

/** deactivate/complete: after a full export, products 1C no longer sends are archived (never deleted). */
async function finish(
  container: MedusaContainer,
  session: Session,
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
  if (mode === "complete")
    await svc(container).updateOnecSessions({ id: session.id, status: "closed" })
  return ok(
    archived
      ? `Снято с публикации товаров, отсутствующих в полной выгрузке: ${archived}`
      : "Обмен завершен"
  )
}

export { Modules }
