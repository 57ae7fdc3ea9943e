import type { MedusaContainer } from "@medusajs/framework/types"
import { existsSync } from "node:fs"
import { readdir, rename } from "node:fs/promises"
import path from "node:path"
import {
  CmlError,
  failure,
  ok,
  ONE_C_MODULE,
  parseGroup,
  parseOffer,
  parsePriceType,
  parseProduct,
  parseProperty,
  parseWarehouse,
  progress,
  readCommerceMl,
  safeRelativePath,
  unzipSafely,
  type Answer,
  type CmlCursor,
  type CmlEvent,
  type CmlOffer,
  type OneCSession,
} from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import type { OneCSettings } from "../../../lib/one-c-settings"
import { offerHash, TOTAL_WAREHOUSE } from "./offers"
import { characteristicsHash } from "./variants"
import { applyClassifierWorkflow } from "../workflows/apply-classifier"
import { applyOffersWorkflow } from "../workflows/apply-offers"
import { applyProductsWorkflow } from "../workflows/apply-products"
import { applySaleObjectsWorkflow } from "../workflows/apply-sale-objects"
import { analyzeGrown } from "./analyze-grown"

const svc = (c: MedusaContainer) => c.resolve<OneCModuleService>(ONE_C_MODULE)

/** Unpacks archives uploaded in this session that are not unpacked yet (first `import` calls). */
async function unpackPending(session: OneCSession, s: OneCSettings): Promise<string | null> {
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

type Counts = Record<string, number> & { warnings?: unknown }
/**
 * The answer's messages (warnings, sale results) kept beside the numeric counters in the file's
 * `counts` JSON; the counters' index signature types every key as a number, hence the casts here only.
 */
const messagesOf = (c: Counts) => (c as unknown as { messages?: string[] }).messages ?? []
const addMessages = (c: Counts, more: string[]) => {
  ;(c as unknown as { messages?: string[] }).messages = [...messagesOf(c), ...more].slice(0, 50)
}

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
  const chars = offers.filter((o) => o.characteristic_id)
  if (!chars.length) return true
  const known = await onec.mappingsFor(
    "variant",
    chars.map((o) => o.id)
  )
  // every characteristic mapped, none whose ХарактеристикиТовара changed (two batches would re-plan
  // one product's options at once)
  return chars.every((o) => {
    const m = known.get(o.id)
    if (!m) return false
    if (!o.characteristics.length || (m.data as { retired?: boolean } | null)?.retired) return true
    return m.hash === characteristicsHash(o.characteristics)
  })
}
const add = (a: Counts, b: Record<string, any>) => {
  for (const [k, v] of Object.entries(b)) if (typeof v === "number") a[k] = (a[k] ?? 0) + v
  return a
}

/**
 * One `import` call: unpack pending archives, then read the file into the staging table, then
 * apply staged objects in batches, each within the time budget; the position is kept in the
 * database so the next call (on any instance) resumes. A malformed file fails while it is being
 * read, before anything is applied: the catalog stays as it was.
 */
export async function runImportCall(
  container: MedusaContainer,
  session: OneCSession,
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
  let state = await onec.beginFileImport(session.id, safe.path)
  if (state.phase === "failed") return failure(state.error ?? "импорт файла завершился с ошибкой")

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
      if (full_catalog) await onec.markFullImport(session.id)
      if (r.stopped) {
        await onec.updateOnecFileStates({
          id: state.id,
          staged,
          read_cursor: r.cursor ?? null,
          counts: readCounts(),
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
      counts: counts,
    })
    state = { ...state, staged, read_done: true, phase: "apply", counts: counts }
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
          addMessages(
            counts,
            result.warnings.map((w: string) => `Предупреждение: ${w}`)
          )
        // base variants replaced by characteristics (or kept for orders holding them)
        if (result.messages?.length) addMessages(counts, result.messages)
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
          for (const x of settled) {
            const r = (x as PromiseFulfilledResult<any>).value.result
            add(counts, r)
            if (r.messages?.length) addMessages(counts, r.messages)
          }
          counts.parallel_batches = (counts.parallel_batches ?? 0) + chunks.length
        } else {
          for (const c of chunks) {
            const r = (await apply(c)).result
            add(counts, r)
            if (r.messages?.length) addMessages(counts, r.messages)
          }
        }
      } else if (family === "document" || family === "counterparty") {
        const { result } = await applySaleObjectsWorkflow(container).run({
          input: { kind: family, nodes: run.map((r) => r.payload) },
        })
        add(counts, result)
        if (result.messages?.length) addMessages(counts, result.messages)
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
  const extra = messagesOf(counts)
  return ok(`Импорт ${safe.path} завершен: ${summary}`, ...extra)
}
