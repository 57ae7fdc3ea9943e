import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { compilePricing, type CompiledPricing } from "./engine/engine"
import { parseScaled } from "./engine/fixed"
import type { CounterpartyPricingInput, PriceBook } from "./engine/types"
import {
  Agreement,
  CartTotalRule,
  ExchangeRate,
  MassRule,
  PriceList,
  PriceRule,
  PriceType,
  PriceListExport,
  PricingSettings,
  RegionalPriceType,
  VariantPrice,
} from "./models"

export type PricingContext = {
  legal_entity_id: string | null
  holding_id: string | null
  region_code: string | null
  /** Currency wanted when no agreement says otherwise (region's currency). */
  currency_code: string
  at?: Date
}

const VERSION_TTL_MS = 1000
const COMPILED_CACHE_MAX = 2000

const day = (d: Date) => d.toISOString().slice(0, 10)

/** Of a counterparty's active agreements, the one in force at `at`: the latest started. */
function agreementInForce<T extends { valid_from?: unknown; valid_to?: unknown }>(
  rows: T[],
  at: Date
): T | null {
  return (
    rows
      .filter(
        (a) =>
          (!a.valid_from || new Date(a.valid_from as string) <= at) &&
          (!a.valid_to || at < new Date(a.valid_to as string))
      )
      .sort(
        (a, b) =>
          +new Date((b.valid_from as string) ?? 0) - +new Date((a.valid_from as string) ?? 0)
      )[0] ?? null
  )
}

/**
 * Per-process caches. Module-level rather than instance fields: the module loader may hand out a
 * proxied service whose own properties do not persist between calls.
 */
const cache = {
  versionMemo: null as { value: number; at: number } | null,
  compiled: new Map<string, { version: number; compiled: CompiledPricing }>(),
  /** Variant prices by variant (all price types), valid for one pricing version. */
  book: { version: -1, rows: new Map<string, Map<string, number>>() },
}
const BOOK_CACHE_MAX = 300_000

class PricingContractModuleService extends MedusaService({
  PcPriceType: PriceType,
  PcVariantPrice: VariantPrice,
  PcAgreement: Agreement,
  PcPriceList: PriceList,
  PcPriceRule: PriceRule,
  PcRegionalPriceType: RegionalPriceType,
  PcMassRule: MassRule,
  PcCartTotalRule: CartTotalRule,
  PcExchangeRate: ExchangeRate,
  PcSettings: PricingSettings,
  PcPriceListExport: PriceListExport,
}) {
  async getSettings() {
    const [s] = await this.listPcSettings({}, { take: 1 })
    if (!s)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "Pricing settings are missing: run the migrations"
      )
    return s
  }

  /**
   * The pricing data version, re-read at most once a second. Every write to pricing data bumps it
   * (in the same workflow), so every server instance drops its compiled caches within a second.
   */
  async currentVersion(): Promise<number> {
    const now = Date.now()
    if (cache.versionMemo && now - cache.versionMemo.at < VERSION_TTL_MS)
      return cache.versionMemo.value
    const s = await this.getSettings()
    const memo = { value: Number(s.version), at: now }
    cache.versionMemo = memo
    return memo.value
  }

  async bumpVersion(): Promise<number> {
    const s = await this.getSettings()
    const next = Number(s.version) + 1
    await this.updatePcSettings({ id: s.id, version: next })
    cache.versionMemo = null
    cache.compiled.clear()
    return next
  }

  /** The agreement in force for a counterparty: its own, else its holding's (inheritance). */
  async effectiveAgreement(ctx: PricingContext) {
    const at = ctx.at ?? new Date()
    if (ctx.legal_entity_id) {
      const own = agreementInForce(
        await this.listPcAgreements(
          { legal_entity_id: ctx.legal_entity_id, status: "active" },
          { take: null }
        ),
        at
      )
      if (own) return own
    }
    if (ctx.holding_id) {
      return agreementInForce(
        await this.listPcAgreements(
          { holding_id: ctx.holding_id, legal_entity_id: null, status: "active" },
          { take: null }
        ),
        at
      )
    }
    return null
  }

  /**
   * effectiveAgreement for many counterparties and dates at once (e.g. every order of a 1C export):
   * two reads in all; the result is in the order of the requests.
   */
  async effectiveAgreements(
    requests: { legal_entity_id: string | null; holding_id: string | null; at: Date }[]
  ) {
    const entities = [
      ...new Set(requests.map((r) => r.legal_entity_id).filter((x): x is string => !!x)),
    ]
    const holdings = [...new Set(requests.map((r) => r.holding_id).filter((x): x is string => !!x))]
    const [own, inherited] = await Promise.all([
      entities.length
        ? this.listPcAgreements({ legal_entity_id: entities, status: "active" }, { take: null })
        : [],
      holdings.length
        ? this.listPcAgreements(
            { holding_id: holdings, legal_entity_id: null, status: "active" },
            { take: null }
          )
        : [],
    ])
    const group = (rows: any[], key: string) => {
      const out = new Map<string, any[]>()
      for (const r of rows) out.set(r[key], [...(out.get(r[key]) ?? []), r])
      return out
    }
    const byEntity = group(own, "legal_entity_id")
    const byHolding = group(inherited, "holding_id")
    return requests.map(
      (r) =>
        (r.legal_entity_id && agreementInForce(byEntity.get(r.legal_entity_id) ?? [], r.at)) ||
        (r.holding_id && agreementInForce(byHolding.get(r.holding_id) ?? [], r.at)) ||
        null
    )
  }

  /** Rates of the banking day: per currency the latest rate dated on or before `at`, not older than the limit. */
  async ratesFor(
    at: Date,
    maxAgeDays: number
  ): Promise<{ rates: Record<string, string>; date: string }> {
    const until = day(at)
    const since = day(new Date(at.getTime() - maxAgeDays * 86400000))
    const rows = await this.listPcExchangeRates(
      { date: { $lte: until, $gte: since } },
      {
        take: null,
        order: { date: "DESC" },
      }
    )
    const rates: Record<string, string> = {}
    for (const r of rows)
      if (!(r.currency_code in rates)) rates[r.currency_code.toLowerCase()] = r.rate
    return { rates, date: until }
  }

  /** Everything the engine needs about one counterparty, read from this module's tables. */
  async loadCounterpartyInput(ctx: PricingContext): Promise<CounterpartyPricingInput> {
    const at = ctx.at ?? new Date()
    const settings = await this.getSettings()
    const [agreement, types, regional] = await Promise.all([
      this.effectiveAgreement(ctx),
      this.listPcPriceTypes({}, { take: null }),
      ctx.region_code
        ? this.listPcRegionalPriceTypes({ region_code: ctx.region_code })
        : Promise.resolve([]),
    ])
    // no price types yet (fresh store): nothing has a contract price, nothing fails
    const base = types.find((t) => t.is_base) ?? types[0] ?? { id: "__none__" }
    const owners: Record<string, unknown>[] = []
    if (agreement) owners.push({ agreement_id: agreement.id })
    if (ctx.legal_entity_id) owners.push({ legal_entity_id: ctx.legal_entity_id })
    if (ctx.holding_id) owners.push({ holding_id: ctx.holding_id, legal_entity_id: null })
    const lists = owners.length
      ? await this.listPcPriceLists(
          { $or: owners, status: "active" },
          {
            take: null,
            relations: ["rules"],
          }
        )
      : []
    const rules = lists
      .filter(
        (l) =>
          (!l.valid_from || new Date(l.valid_from) <= at) &&
          (!l.valid_to || at < new Date(l.valid_to))
      )
      .flatMap((l) =>
        (l.rules ?? []).map((r) => ({
          id: r.id,
          price_list_id: l.id,
          priority: Number(l.priority ?? 0),
          target_type: r.target_type,
          target_id: r.target_id,
          kind: r.kind,
          value: r.value,
          currency_code: r.currency_code,
          min_quantity: Number(r.min_quantity ?? 1),
          valid_from: r.valid_from,
          valid_to: r.valid_to,
        }))
      )
    const [mass, cartRules, { rates, date }] = await Promise.all([
      this.listPcMassRules({ active: true }, { take: null }),
      this.listPcCartTotalRules({ active: true }, { take: null }),
      this.ratesFor(at, Number(settings.rate_max_age_days ?? 5)),
    ])
    return {
      legal_entity_id: ctx.legal_entity_id,
      region_code: ctx.region_code,
      agreement: agreement
        ? {
            id: agreement.id,
            price_type_id: agreement.price_type_id,
            currency_code: agreement.currency_code,
          }
        : null,
      regional_price_type_id: regional[0]?.price_type_id ?? null,
      base_price_type_id: base.id,
      price_types: types.map((t) => ({
        id: t.id,
        currency_code: t.currency_code,
        vat_included: t.vat_included !== false,
      })),
      rules: rules as CounterpartyPricingInput["rules"],
      mass_rules: mass as unknown as CounterpartyPricingInput["mass_rules"],
      cart_total_rules: cartRules
        .filter((c) => !c.legal_entity_id || c.legal_entity_id === ctx.legal_entity_id)
        .map((c) => ({
          id: c.id,
          threshold: c.threshold,
          currency_code: c.currency_code,
          price_type_id: c.price_type_id,
        })),
      currency_code: ctx.currency_code,
      rounding_step: parseScaled(settings.rounding_step ?? "0.01", 2, "rounding_step"),
      rates,
      rate_date: date,
      base_currency: settings.base_currency ?? "rub",
      at,
    }
  }

  /**
   * The compiled pricing of a counterparty, cached per instance until the pricing version changes
   * or one of its rules starts or ends.
   */
  async compiledFor(ctx: PricingContext): Promise<CompiledPricing> {
    const version = await this.currentVersion()
    const now = (ctx.at ?? new Date()).getTime()
    const key = `${ctx.legal_entity_id ?? "-"}|${ctx.holding_id ?? "-"}|${ctx.region_code ?? "-"}|${ctx.currency_code}|${day(new Date(now))}`
    const hit = cache.compiled.get(key)
    if (hit && hit.version === version && hit.compiled.valid_until > now) return hit.compiled
    const compiled = compilePricing(await this.loadCounterpartyInput(ctx))
    if (cache.compiled.size >= COMPILED_CACHE_MAX)
      cache.compiled.delete(cache.compiled.keys().next().value as string)
    cache.compiled.set(key, { version, compiled })
    return compiled
  }

  /**
   * Prices of these variants in every price type: served from a per-process cache valid for the
   * current pricing version (every price change bumps it); misses are read in one query.
   */
  async priceBook(variantIds: string[]): Promise<PriceBook> {
    const book: PriceBook = new Map()
    if (!variantIds.length) return book
    const version = await this.currentVersion()
    if (cache.book.version !== version || cache.book.rows.size > BOOK_CACHE_MAX)
      cache.book = { version, rows: new Map() }
    const missing: string[] = []
    for (const id of variantIds) {
      const hit = cache.book.rows.get(id)
      if (hit) book.set(id, hit)
      else missing.push(id)
    }
    if (!missing.length) return book
    const fresh = await this.loadPriceBook(missing)
    for (const id of missing) {
      const m = fresh.get(id) ?? new Map<string, number>()
      book.set(id, m)
      if (cache.book.version === version) cache.book.rows.set(id, m)
    }
    return book
  }

  /**
   * Prices of these variants in every price type, no cache: one SQL query on this module's own
   * table (no ORM hydration: a whole-catalog export reads hundreds of thousands of rows). The exact
   * decimal comes from raw_amount, never from the float column.
   */
  @InjectManager()
  async loadPriceBook(
    variantIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PriceBook> {
    const book: PriceBook = new Map()
    if (!variantIds.length) return book
    // why: the MikroORM entity manager of the context is typed as unknown by the framework
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    const knex = manager.getTransactionContext?.() ?? manager.getKnex()
    const rows: { variant_id: string; price_type_id: string; amount: string }[] = await knex(
      "pc_variant_price"
    )
      .select("variant_id", "price_type_id", knex.raw("raw_amount->>'value' as amount"))
      .whereIn("variant_id", variantIds)
      .whereNull("deleted_at")
    for (const r of rows) {
      let m = book.get(r.variant_id)
      if (!m) book.set(r.variant_id, (m = new Map()))
      m.set(r.price_type_id, parseScaled(r.amount, 2, `price of ${r.variant_id}`))
    }
    return book
  }
}

export default PricingContractModuleService
