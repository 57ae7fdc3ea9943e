import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import Decimal from "decimal.js"
import {
  CreditAccount,
  CreditExposure,
  CreditLedgerEntry,
  CreditOverride,
  CreditPaymentSchedule,
} from "./models"
import {
  computePosition,
  decide,
  type CreditDecision,
  type CreditPosition,
  type CreditState,
  type CreditTerms,
  type LedgerAggregates,
} from "./position"

type Knex = any
type AccountRow = {
  id: string
  legal_entity_id: string | null
  holding_id: string | null
  currency_code: string
  credit_limit: string
  overdue_tolerance: string
  overdue_days_threshold: number
  block_on_overdue: boolean
  is_blocked: boolean
  blocked_reason: string | null
  last_state: CreditState
  payment_terms_days: number
}

export type ReserveInput = {
  legal_entity_id: string
  holding_id?: string | null
  cart_id: string
  /** Order total in the account currency (decimal string). */
  amount: string
  currency_code: string
  at?: Date
}

export type ReserveResult =
  | { controlled: false }
  | {
      controlled: true
      ok: true
      account_id: string
      exposure_id: string
      /** False when the cart already held credit (a repeated completion): nothing new to undo. */
      created: boolean
      override_id: string | null
      before: CreditState
      position: CreditPosition
    }
  | {
      controlled: true
      ok: false
      account_id: string
      decision: Extract<CreditDecision, { ok: false }>
      before: CreditState
      position: CreditPosition
    }

const knexOf = (ctx: Context): Knex => {
  // Context types its managers as unknown: the MikroORM manager gives its knex (in a transaction or not)
  const m = (ctx.transactionManager ?? ctx.manager) as {
    getTransactionContext?: () => unknown
    getKnex: () => unknown
  }
  return m.getTransactionContext?.() ?? m.getKnex()
}

const num = (col: string) => `(${col}->>'value')::numeric`

/**
 * Credit: accounts (per counterparty or shared by a holding), the settlements ledger, exposures of
 * placed orders, one-time overrides and payment schedules. The check and the reservation of credit
 * run in one transaction holding the account row lock (SELECT … FOR UPDATE), so two checkouts of
 * the same account are serialised in the database even across server instances; the workflow adds
 * the locking module's lock around it to keep the wait out of the connection pool.
 */
class CreditModuleService extends MedusaService({
  CreditAccount,
  CreditLedgerEntry,
  CreditExposure,
  CreditOverride,
  CreditPaymentSchedule,
}) {
  /** The account governing a counterparty: its own, else its holding's (shared). */
  @InjectManager()
  async accountFor(
    legalEntityId: string,
    holdingId?: string | null,
    @MedusaContext() ctx: Context = {}
  ): Promise<AccountRow | null> {
    return this.findAccount(knexOf(ctx), legalEntityId, holdingId ?? null, false)
  }

  private async findAccount(
    knex: Knex,
    legalEntityId: string,
    holdingId: string | null,
    lock: boolean
  ): Promise<AccountRow | null> {
    const q = this.accountRows(knex)
      .where((w: any) => {
        w.where("legal_entity_id", legalEntityId)
        if (holdingId) w.orWhere("holding_id", holdingId)
      })
      // the counterparty's own account wins over the holding's
      .orderByRaw("legal_entity_id is null")
      .limit(1)
    if (lock) q.forUpdate()
    const [row] = await q
    return row ?? null
  }

  private async aggregates(knex: Knex, accountId: string, cutoff: Date): Promise<LedgerAggregates> {
    const [l] = await knex("credit_ledger_entry")
      .where({ account_id: accountId })
      .whereNull("deleted_at")
      .select(
        knex.raw(`coalesce(sum(${num("raw_amount")}), 0)::text as debt`),
        knex.raw(
          `coalesce(sum(${num("raw_amount")}) filter (where ${num("raw_amount")} > 0 and coalesce(due_date, document_date) < ?), 0)::text as due_debits`,
          [cutoff]
        ),
        knex.raw(
          `coalesce(sum(-${num("raw_amount")}) filter (where ${num("raw_amount")} < 0), 0)::text as credits`
        )
      )
    // an order's exposure shrinks by what of it already reached the ledger (partial shipments)
    const [o] = await knex
      .from("credit_exposure as x")
      .whereNull("x.deleted_at")
      .where("x.account_id", accountId)
      .whereIn("x.status", ["held", "open"])
      .select(
        knex.raw(
          `coalesce(sum(greatest(0, ${num("x.raw_amount")} - coalesce((select sum(${num("e.raw_amount")}) from credit_ledger_entry e
             where e.order_id = x.order_id and x.order_id is not null and e.deleted_at is null and ${num("e.raw_amount")} > 0), 0))), 0)::text as open_orders`
        )
      )
    return {
      debt: l.debt,
      due_debits: l.due_debits,
      credits: l.credits,
      open_orders: o.open_orders,
    }
  }

  private terms(a: AccountRow): CreditTerms {
    return {
      credit_limit: a.credit_limit,
      overdue_tolerance: a.overdue_tolerance,
      block_on_overdue: a.block_on_overdue,
      is_blocked: a.is_blocked,
      blocked_reason: a.blocked_reason,
      currency_code: a.currency_code,
    }
  }

  /** A debt is overdue from the day after its due date (plus the account's threshold days). */
  private cutoff(a: AccountRow, at: Date) {
    const today = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())
    return new Date(today - Number(a.overdue_days_threshold ?? 0) * 86400000)
  }

  /** Limit, debt, overdue, open orders and available credit of an account now. */
  @InjectManager()
  async positionOf(
    accountId: string,
    at: Date = new Date(),
    @MedusaContext() ctx: Context = {}
  ): Promise<CreditPosition | null> {
    const knex = knexOf(ctx)
    const [a] = await this.accountRows(knex).where("id", accountId)
    if (!a) return null
    return computePosition(this.terms(a), await this.aggregates(knex, a.id, this.cutoff(a, at)))
  }

  private accountRows(knex: Knex) {
    return knex("credit_account")
      .whereNull("deleted_at")
      .select(
        "id",
        "legal_entity_id",
        "holding_id",
        "currency_code",
        knex.raw(`${num("raw_credit_limit")}::text as credit_limit`),
        knex.raw(`${num("raw_overdue_tolerance")}::text as overdue_tolerance`),
        "overdue_days_threshold",
        "block_on_overdue",
        "is_blocked",
        "blocked_reason",
        "last_state",
        "payment_terms_days"
      )
  }

  /**
   * Checks the order against the account and reserves its amount, atomically: the account row is
   * locked for the whole transaction, so the next checkout of the same account sees this exposure.
   * A cart that already holds credit (completion retried) keeps its exposure. A failed check uses
   * an unused override of the account if there is one.
   */
  @InjectTransactionManager()
  async reserveCredit(
    input: ReserveInput,
    @MedusaContext() ctx: Context = {}
  ): Promise<ReserveResult> {
    const knex = knexOf(ctx)
    const at = input.at ?? new Date()
    const account = await this.findAccount(
      knex,
      input.legal_entity_id,
      input.holding_id ?? null,
      true
    )
    if (!account) return { controlled: false }
    const terms = this.terms(account)
    const agg = await this.aggregates(knex, account.id, this.cutoff(account, at))
    const position = computePosition(terms, agg)
    const before = account.last_state

    const [existing] = await this.listCreditExposures({ cart_id: input.cart_id }, { take: 1 }, ctx)
    if (existing && (existing.status === "held" || existing.status === "open")) {
      return {
        controlled: true,
        ok: true,
        account_id: account.id,
        exposure_id: existing.id,
        created: false,
        override_id: existing.override_id ?? null,
        before,
        position,
      }
    }

    const decision = decide(terms, position, input.amount)
    let overrideId: string | null = null
    if (!decision.ok) {
      const override = await knex("credit_override")
        .where({ account_id: account.id })
        .whereNull("used_at")
        .whereNull("deleted_at")
        .where("expires_at", ">", at)
        .where((w: any) =>
          w.whereNull("legal_entity_id").orWhere("legal_entity_id", input.legal_entity_id)
        )
        .where((w: any) =>
          w.whereNull("raw_max_amount").orWhereRaw(`${num("raw_max_amount")} >= ?`, [input.amount])
        )
        .orderBy("created_at", "asc")
        .first("id")
      if (!override)
        return { controlled: true, ok: false, account_id: account.id, decision, before, position }
      overrideId = override.id
      await knex("credit_override")
        .where({ id: overrideId })
        .update({ used_at: at, used_cart_id: input.cart_id, updated_at: at })
    }

    const row = {
      amount: input.amount,
      currency_code: account.currency_code,
      status: "held" as const,
      override_id: overrideId,
      order_id: null,
    }
    const exposure = existing
      ? // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
        (await this.updateCreditExposures([{ id: existing.id, ...row } as any], ctx))[0]
      : (
          await this.createCreditExposures(
            [
              {
                account_id: account.id,
                legal_entity_id: input.legal_entity_id,
                cart_id: input.cart_id,
                ...row,
                // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
              } as any,
            ],
            ctx
          )
        )[0]
    const after = computePosition(terms, {
      ...agg,
      open_orders: new Decimal(agg.open_orders).plus(input.amount).toFixed(2),
    })
    return {
      controlled: true,
      ok: true,
      account_id: account.id,
      exposure_id: exposure.id,
      created: true,
      override_id: overrideId,
      before,
      position: after,
    }
  }

  /** Re-evaluates an account after a change and stores its state; returns the transition. */
  @InjectTransactionManager()
  async refreshState(accountId: string, at: Date = new Date(), @MedusaContext() ctx: Context = {}) {
    const knex = knexOf(ctx)
    const [a] = await this.accountRows(knex).where("id", accountId).forUpdate()
    if (!a) return null
    const position = computePosition(
      this.terms(a),
      await this.aggregates(knex, a.id, this.cutoff(a, at))
    )
    if (position.state !== a.last_state)
      await knex("credit_account")
        .where({ id: a.id })
        .update({ last_state: position.state, updated_at: new Date() })
    return {
      account_id: a.id,
      legal_entity_id: a.legal_entity_id,
      holding_id: a.holding_id,
      before: a.last_state as CreditState,
      after: position.state,
      position,
    }
  }

  /** Raw ledger rows of an account, exact amounts, for reports (filters on type, period, order, counterparty). */
  @InjectManager()
  async ledgerRows(
    filter: {
      account_id: string
      legal_entity_id?: string
      type?: string[]
      from?: Date
      to?: Date
      order_id?: string
    },
    page: { limit?: number; offset?: number } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    const knex = knexOf(ctx)
    const q = knex("credit_ledger_entry")
      .whereNull("deleted_at")
      .where("account_id", filter.account_id)
    if (filter.legal_entity_id) q.where("legal_entity_id", filter.legal_entity_id)
    if (filter.type?.length) q.whereIn("type", filter.type)
    if (filter.from) q.where("document_date", ">=", filter.from)
    if (filter.to) q.where("document_date", "<", filter.to)
    if (filter.order_id) q.where("order_id", filter.order_id)
    const [{ count }] = await q.clone().count({ count: "*" })
    const rows = await q
      .select(
        "id",
        "type",
        "document_number",
        "document_date",
        "due_date",
        "order_id",
        "legal_entity_id",
        "currency_code",
        "source",
        "comment",
        knex.raw(`${num("raw_amount")}::text as amount`)
      )
      .orderBy([
        { column: "document_date", order: "asc" },
        { column: "id", order: "asc" },
      ])
      .modify((qq: any) => {
        if (page.limit !== undefined) qq.limit(page.limit)
        if (page.offset) qq.offset(page.offset)
      })
    for (const r of rows) r.amount = new Decimal(r.amount).toFixed(2)
    return {
      rows: rows as {
        id: string
        type: "opening" | "invoice" | "shipment" | "payment" | "adjustment" | "return"
        document_number: string | null
        document_date: Date
        due_date: Date | null
        order_id: string | null
        legal_entity_id: string
        currency_code: string
        source: "manager" | "one_c" | "portal"
        comment: string | null
        amount: string
      }[],
      count: Number(count),
    }
  }

  /** Σ of signed ledger amounts before a date (opening balance of a period). */
  @InjectManager()
  async balanceBefore(
    accountId: string,
    before: Date,
    legalEntityId?: string,
    @MedusaContext() ctx: Context = {}
  ): Promise<string> {
    const knex = knexOf(ctx)
    const q = knex("credit_ledger_entry")
      .whereNull("deleted_at")
      .where("account_id", accountId)
      .where("document_date", "<", before)
    if (legalEntityId) q.where("legal_entity_id", legalEntityId)
    const [r] = await q.select(knex.raw(`coalesce(sum(${num("raw_amount")}), 0)::text as balance`))
    return new Decimal(r.balance).toFixed(2)
  }
}

export default CreditModuleService
