import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { randomBytes } from "node:crypto"
import path from "node:path"
import {
  CategoryMap,
  ExchangeLog,
  ExchangeSession,
  FileState,
  Mapping,
  OrderExport,
  Outbox,
  Setting,
  StagedObject,
} from "./models"

/** One exchange session as stored (checkauth → … → success/complete). */
export type OneCSession = InferTypeOf<typeof ExchangeSession>
/** Where the import of one uploaded file stands. */
export type OneCFileState = InferTypeOf<typeof FileState>

const knexOf = (ctx: Context): any => {
  // why: the MikroORM entity manager of the context is typed as unknown by the framework
  const m = (ctx.transactionManager ?? ctx.manager) as any
  return m.getTransactionContext?.() ?? m.getKnex()
}

export type MappingRow = {
  kind: string
  external_id: string
  internal_id: string
  parent_internal_id?: string | null
  hash?: string | null
  data?: unknown
  last_session_id?: string | null
}

/**
 * State of the 1C connector: sessions, per-file import cursors, the staging table, id mappings,
 * the exchange log and order export marks. Bulk operations are single SQL statements: a 100k
 * product import does a handful of queries per batch of 500, not one per row.
 */
class OneCModuleService extends MedusaService({
  OnecSession: ExchangeSession,
  OnecFileState: FileState,
  OnecStaged: StagedObject,
  OnecMapping: Mapping,
  OnecCategoryMap: CategoryMap,
  OnecLog: ExchangeLog,
  OnecOrderExport: OrderExport,
  OnecSetting: Setting,
  OnecOutbox: Outbox,
}) {
  @InjectManager()
  async mappingsFor(
    kind: string,
    externalIds: string[],
    @MedusaContext() ctx: Context = {}
  ): Promise<Map<string, MappingRow & { id: string }>> {
    const out = new Map<string, MappingRow & { id: string }>()
    if (!externalIds.length) return out
    const knex = knexOf(ctx)
    for (let i = 0; i < externalIds.length; i += 5000) {
      const rows = await knex("onec_mapping")
        .where({ kind })
        .whereIn("external_id", externalIds.slice(i, i + 5000))
        .whereNull("deleted_at")
      for (const r of rows) out.set(r.external_id, r)
    }
    return out
  }

  @InjectManager()
  async mappingsOfKind(
    kind: string,
    @MedusaContext() ctx: Context = {}
  ): Promise<(MappingRow & { id: string })[]> {
    return knexOf(ctx)("onec_mapping").where({ kind }).whereNull("deleted_at")
  }

  /** Small mapping kinds (properties, groups) kept per process, re-read when their count or last update moves. */
  private kindCache = new Map<
    string,
    { version: string; rows: Map<string, MappingRow & { id: string }> }
  >()

  /**
   * All live mappings of a small kind (properties, groups: a few thousand at most) by external id,
   * read again only when another write (on any instance) changed their count or latest `updated_at`:
   * each batch of a 100k import asked for ~1,000 property rows with their reference values. The map is
   * shared: read it, never change it.
   */
  @InjectManager()
  async mappingsOfKindCached(
    kind: string,
    @MedusaContext() ctx: Context = {}
  ): Promise<ReadonlyMap<string, MappingRow & { id: string }>> {
    const knex = knexOf(ctx)
    const version = (
      await knex.raw(
        `select count(*) || ':' || coalesce(max(updated_at)::text, '') as v from onec_mapping where kind = ? and deleted_at is null`,
        [kind]
      )
    ).rows[0].v as string
    const hit = this.kindCache.get(kind)
    if (hit?.version === version) return hit.rows
    const rows = new Map<string, MappingRow & { id: string }>()
    for (const r of await knexOf(ctx)("onec_mapping").where({ kind }).whereNull("deleted_at"))
      rows.set(r.external_id, r)
    this.kindCache.set(kind, { version, rows })
    return rows
  }

  /** Inserts or updates mappings by (kind, external_id) in one statement. */
  @InjectTransactionManager()
  async upsertMappings(rows: MappingRow[], @MedusaContext() ctx: Context = {}): Promise<void> {
    if (!rows.length) return
    // an id repeated in one file (real 1C exports do that) keeps its last occurrence
    const unique = [...new Map(rows.map((r) => [`${r.kind}\u0000${r.external_id}`, r])).values()]
    const knex = knexOf(ctx)
    const now = new Date()
    for (let i = 0; i < unique.length; i += 1000) {
      const chunk = unique.slice(i, i + 1000).map((r) => ({
        id: generateEntityId("", "onecm"),
        kind: r.kind,
        external_id: r.external_id,
        internal_id: r.internal_id,
        parent_internal_id: r.parent_internal_id ?? null,
        hash: r.hash ?? null,
        data: r.data === undefined ? null : JSON.stringify(r.data),
        last_session_id: r.last_session_id ?? null,
        created_at: now,
        updated_at: now,
      }))
      await knex.raw(
        `${knex("onec_mapping").insert(chunk).toString()} on conflict (kind, external_id) where deleted_at is null do update set
           internal_id = excluded.internal_id, parent_internal_id = coalesce(excluded.parent_internal_id, onec_mapping.parent_internal_id),
           hash = coalesce(excluded.hash, onec_mapping.hash), data = coalesce(excluded.data, onec_mapping.data),
           last_session_id = coalesce(excluded.last_session_id, onec_mapping.last_session_id), updated_at = excluded.updated_at`
      )
    }
  }

  /** Appends staged objects of a file (seq continues from `fromSeq`). */
  @InjectTransactionManager()
  async stage(
    sessionId: string,
    filename: string,
    fromSeq: number,
    items: { kind: string; payload: unknown }[],
    @MedusaContext() ctx: Context = {}
  ) {
    if (!items.length) return
    const knex = knexOf(ctx)
    const now = new Date()
    for (let i = 0; i < items.length; i += 1000) {
      await knex("onec_staged").insert(
        items.slice(i, i + 1000).map((it, j) => ({
          id: generateEntityId("", "onecst"),
          session_id: sessionId,
          filename,
          seq: fromSeq + i + j + 1,
          kind: it.kind,
          payload: JSON.stringify(it.payload),
          created_at: now,
          updated_at: now,
        }))
      )
    }
  }

  /**
   * Staged rows past the recorded position: left by a call that died between staging a batch and
   * recording it. Removed before reading goes on, so the same objects can be staged again.
   */
  @InjectManager()
  async dropStagedAfter(
    sessionId: string,
    filename: string,
    seq: number,
    @MedusaContext() ctx: Context = {}
  ) {
    // `deleted_at is null` lets Postgres use the (session, file, seq) index, which is partial: without it every
    // call scanned all staged rows of all sessions (hundreds of MB after a 100k import)
    return knexOf(ctx)("onec_staged")
      .where({ session_id: sessionId, filename })
      .whereNull("deleted_at")
      .where("seq", ">", seq)
      .delete()
  }

  @InjectManager()
  async stagedAfter(
    sessionId: string,
    filename: string,
    afterSeq: number,
    limit: number,
    @MedusaContext() ctx: Context = {}
  ) {
    return (await knexOf(ctx)("onec_staged")
      .where({ session_id: sessionId, filename })
      .where("seq", ">", afterSeq)
      .whereNull("deleted_at")
      .orderBy("seq")
      .limit(limit)
      .select("seq", "kind", "payload")) as { seq: number; kind: string; payload: any }[]
  }

  /** Forgets what a session uploaded and staged (on init, and when a file is imported again). */
  @InjectTransactionManager()
  async resetFile(sessionId: string, filename: string | null, @MedusaContext() ctx: Context = {}) {
    const knex = knexOf(ctx)
    const q = (t: string) => {
      // (live rows only: the session/file indexes are partial on deleted_at; staged rows are never soft-deleted)
      const b = knex(t).where({ session_id: sessionId }).whereNull("deleted_at")
      if (filename) b.where({ filename })
      return b.delete()
    }
    await q("onec_staged")
    await q("onec_file_state")
  }

  /** Products 1C mapped before but not sent in this session's catalog files (the sweep of a full export). */
  @InjectManager()
  async productsMissingFrom(
    sessionId: string,
    @MedusaContext() ctx: Context = {}
  ): Promise<string[]> {
    const knex = knexOf(ctx)
    // an anti-join on the set of ids seen in the session (hashed once): a correlated NOT EXISTS on the
    // JSON payload was a nested loop, quadratic in the catalog size (139 s at 10,000 products)
    const seen = knex("onec_staged")
      .where("session_id", sessionId)
      .whereNull("deleted_at")
      .where("kind", "product")
      .distinct(knex.raw("payload->>'base_id' as base_id"))
    const rows = await knex("onec_mapping as m")
      .leftJoin(seen.as("s"), "s.base_id", "m.external_id")
      .where("m.kind", "product")
      .whereNull("m.deleted_at")
      .whereNull("s.base_id")
      .select("m.internal_id")
    return rows.map((r: any) => r.internal_id)
  }

  /**
   * Sessions whose staged objects and uploaded files may go: closed ones, and active ones idle past
   * `idleBefore` (1C cannot resume them any more), last seen before `before`.
   */
  @InjectManager()
  async sessionsToPurge(
    before: Date,
    idleBefore: Date,
    limit: number,
    @MedusaContext() ctx: Context = {}
  ): Promise<{ id: string; dir: string }[]> {
    const knex = knexOf(ctx)
    return knex("onec_session")
      .whereNull("deleted_at")
      .where("last_seen_at", "<", before)
      .where((q: any) => q.where("status", "closed").orWhere("last_seen_at", "<", idleBefore))
      .where((q: any) =>
        q
          .whereExists(knex("onec_staged").whereRaw("onec_staged.session_id = onec_session.id"))
          .orWhereExists(
            knex("onec_file_state").whereRaw("onec_file_state.session_id = onec_session.id")
          )
          .orWhereNot("dir", "")
      )
      .orderBy("last_seen_at")
      .limit(limit)
      .select("id", "dir")
  }

  /** Deletes up to `batch` staged rows of these sessions (one statement); returns how many went. */
  @InjectTransactionManager()
  async purgeStagedBatch(
    sessionIds: string[],
    batch: number,
    @MedusaContext() ctx: Context = {}
  ): Promise<number> {
    if (!sessionIds.length) return 0
    const knex = knexOf(ctx)
    const r = await knex.raw(
      `delete from onec_staged where id in (select id from onec_staged where session_id = any(?) limit ?)`,
      [sessionIds, batch]
    )
    return r.rowCount ?? 0
  }

  /** After its staged rows are gone: the session's file cursors go too and its upload folder is forgotten. */
  @InjectTransactionManager()
  async markPurged(sessionIds: string[], @MedusaContext() ctx: Context = {}) {
    if (!sessionIds.length) return
    const knex = knexOf(ctx)
    await knex("onec_file_state").whereIn("session_id", sessionIds).delete()
    await knex("onec_session")
      .whereIn("id", sessionIds)
      .update({ dir: "", status: "closed", updated_at: new Date() })
  }

  @InjectTransactionManager()
  async deleteMappings(kind: string, externalIds: string[], @MedusaContext() ctx: Context = {}) {
    if (externalIds.length)
      await knexOf(ctx)("onec_mapping").where({ kind }).whereIn("external_id", externalIds).delete()
  }

  @InjectManager()
  async getSetting<T>(key: string, fallback: T, @MedusaContext() ctx: Context = {}): Promise<T> {
    const [row] = await knexOf(ctx)("onec_setting").where({ key }).whereNull("deleted_at").limit(1)
    return row ? (row.value as T) : fallback
  }

  @InjectTransactionManager()
  async setSetting(key: string, value: unknown, @MedusaContext() ctx: Context = {}) {
    const knex = knexOf(ctx)
    await knex.raw(
      `insert into onec_setting (id, key, value, created_at, updated_at) values (?, ?, ?::jsonb, now(), now())
       on conflict (key) where deleted_at is null do update set value = excluded.value, updated_at = now()`,
      [generateEntityId("", "onecset"), key, JSON.stringify(value)]
    )
  }

  // ---- the exchange session's state machine (the HTTP driver in src/api/1c only adapts requests) ----

  /** checkauth: a new active session with a fresh cookie and sessid; its upload folder is `<root>/<id>`. */
  async openSession(type: "catalog" | "sale", root: string): Promise<OneCSession> {
    const session = await this.createOnecSessions({
      type,
      cookie: randomBytes(24).toString("hex"),
      sessid: randomBytes(16).toString("hex"),
      dir: "",
      last_seen_at: new Date(),
      status: "active",
    })
    const dir = path.join(root, session.id)
    await this.updateOnecSessions({ id: session.id, dir })
    return { ...session, dir }
  }

  /** The active session of a cookie, unless it was idle longer than `idleHours` (1C must checkauth again). */
  async activeSession(
    cookie: string,
    type: string,
    idleHours: number
  ): Promise<OneCSession | null> {
    const [session] = await this.listOnecSessions(
      // (`type` arrives as a query string; the filter type wants the enum)
      { cookie, type: type as OneCSession["type"], status: "active" },
      { take: 1 }
    )
    if (!session) return null
    if (Date.now() - new Date(session.last_seen_at).getTime() > idleHours * 3600_000) return null
    return session
  }

  /** Every accepted call keeps its session alive. */
  async touchSession(id: string) {
    await this.updateOnecSessions({ id, last_seen_at: new Date() })
  }

  /** init: what the session uploaded and staged is forgotten; the protocol version is recorded. */
  async initSession(id: string, version: string | null) {
    await this.resetFile(id, null)
    await this.updateOnecSessions({ id, version, full_import: false })
  }

  /** A file that is not a delta (a full export) was read in this session: the sweep may run at its end. */
  async markFullImport(id: string) {
    await this.updateOnecSessions({ id, full_import: true })
  }

  /** complete: the session ends. */
  async closeSession(id: string) {
    await this.updateOnecSessions({ id, status: "closed" })
  }

  /** sale query: the orders handed out, committed only by the next `success`. */
  async holdPendingOrders(id: string, orderIds: string[], startedAt: Date) {
    await this.updateOnecSessions({
      id,
      pending_orders: orderIds as unknown as Record<string, unknown>,
      pending_started_at: startedAt,
    })
  }

  /**
   * sale success: the orders of the last query are marked exported as of that query's start.
   * Returns how many, or null when there was no query to confirm.
   */
  async commitPendingOrders(id: string): Promise<number | null> {
    const [fresh] = await this.listOnecSessions({ id }, { take: 1 })
    const ids = ((fresh?.pending_orders as unknown as string[] | null) ?? []).filter(Boolean)
    if (!fresh?.pending_started_at) return null
    const at = new Date(fresh.pending_started_at)
    const marks = await this.listOnecOrderExports({ order_id: ids }, { take: null })
    const have = new Map(marks.map((m) => [m.order_id, m]))
    const upd = ids
      .filter((oid) => have.has(oid))
      .map((oid) => ({ id: have.get(oid)!.id, exported_at: at }))
    const crt = ids
      .filter((oid) => !have.has(oid))
      .map((order_id) => ({ order_id, exported_at: at }))
    if (upd.length) await this.updateOnecOrderExports(upd)
    if (crt.length) await this.createOnecOrderExports(crt)
    await this.updateOnecSessions({ id, pending_orders: null, pending_started_at: null })
    return ids.length
  }

  /**
   * The import state of a file in a session, created on its first `import` call; a file imported to
   * its end and imported again starts over (re-import is idempotent).
   */
  async beginFileImport(sessionId: string, filename: string): Promise<OneCFileState> {
    let [state] = await this.listOnecFileStates({ session_id: sessionId, filename }, { take: 1 })
    if (state?.phase === "failed") return state
    const fresh = () =>
      this.createOnecFileStates({
        session_id: sessionId,
        filename,
        phase: "stage",
        started_at: new Date(),
      })
    if (!state) state = await fresh()
    if (state.phase === "done") {
      await this.resetFile(sessionId, filename)
      state = await fresh()
    }
    return state
  }

  /** The exchange log: one row per call with its answer's keyword and duration. */
  async logCall(row: {
    session_id: string
    type: string
    mode: string
    filename: string | null
    lines: string[]
    duration_ms: number
  }) {
    const k = row.lines[0]
    await this.createOnecLogs({
      session_id: row.session_id,
      type: row.type,
      mode: row.mode,
      filename: row.filename,
      status: k === "progress" ? "progress" : k === "failure" ? "failure" : "success",
      message: row.lines.slice(1).join(" ").slice(0, 2000),
      duration_ms: row.duration_ms,
    })
  }
}

export default OneCModuleService
