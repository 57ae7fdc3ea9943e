import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { AuditEvent } from "./models/audit-event"
import { AuthThrottle } from "./models/auth-throttle"

const knexOf = (ctx: Context): any => {
  // Context types its managers as unknown: the MikroORM manager gives its knex (in a transaction or not)
  const m = (ctx.transactionManager ?? ctx.manager) as {
    getTransactionContext?: () => unknown
    getKnex: () => unknown
  }
  return m.getTransactionContext?.() ?? m.getKnex()
}

export type ThrottleCounter = { count: number; reset_at: Date }

class AuditModuleService extends MedusaService({
  B2bAuditEvent: AuditEvent,
  B2bAuthThrottle: AuthThrottle,
}) {
  /**
   * Counts one attempt against each key in one statement per key: a key whose window has passed starts a new
   * window of `windowMs` at 1. Atomic under concurrency (INSERT … ON CONFLICT), so instances never lose a count.
   */
  @InjectManager()
  async hitThrottle(
    ids: string[],
    windowMs: number,
    @MedusaContext() ctx: Context = {}
  ): Promise<Map<string, ThrottleCounter>> {
    const knex = knexOf(ctx)
    const out = new Map<string, ThrottleCounter>()
    for (const id of ids) {
      const { rows } = await knex.raw(
        `insert into b2b_auth_throttle (id, count, reset_at) values (?, 1, now() + (? * interval '1 millisecond'))
         on conflict (id) do update set
           count = case when b2b_auth_throttle.reset_at <= now() then 1 else b2b_auth_throttle.count + 1 end,
           reset_at = case when b2b_auth_throttle.reset_at <= now() then excluded.reset_at else b2b_auth_throttle.reset_at end,
           updated_at = now()
         returning count, reset_at`,
        [id, Math.round(windowMs)]
      )
      out.set(id, { count: Number(rows[0].count), reset_at: new Date(rows[0].reset_at) })
    }
    // expired counters are garbage: cleared now and then by whoever counts
    if (Math.random() < 0.02)
      await knex.raw(`delete from b2b_auth_throttle where reset_at < now() - interval '1 day'`)
    return out
  }

  /** The live counters (window not over) among `ids`. */
  @InjectManager()
  async peekThrottle(
    ids: string[],
    @MedusaContext() ctx: Context = {}
  ): Promise<Map<string, ThrottleCounter>> {
    const out = new Map<string, ThrottleCounter>()
    if (!ids.length) return out
    const rows = await knexOf(ctx)("b2b_auth_throttle")
      .select("id", "count", "reset_at")
      .whereIn("id", ids)
      .where("reset_at", ">", knexOf(ctx).fn.now())
    for (const r of rows) out.set(r.id, { count: Number(r.count), reset_at: new Date(r.reset_at) })
    return out
  }

  @InjectManager()
  async clearThrottle(ids: string[], @MedusaContext() ctx: Context = {}): Promise<void> {
    if (ids.length) await knexOf(ctx)("b2b_auth_throttle").whereIn("id", ids).delete()
  }
}

export default AuditModuleService
