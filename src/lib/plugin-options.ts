/**
 * The plugin's options: one validated object with defaults, given in the host app's
 * `medusa-config.ts` plugin entry (`{ resolve: "b2b-portal", options: { … } }`), each option falling
 * back to an environment variable (README "Configuration" lists them). This file and
 * runtime-config.ts are the only places that read `process.env`.
 *
 * Environment variables are read on every call (tests and the 1C stand-ins change them at run time);
 * the parsed result is memoised per distinct set of values, so a call costs a string join.
 */
import path from "node:path"
import { configManager } from "@medusajs/framework/config"
import { z } from "@medusajs/framework/zod"

const bool = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")])
const int = (min: number) => z.coerce.number().int().min(min)
const num = (min: number) => z.coerce.number().min(min)
const url = z.string().trim()

/** Hours a reservation is held per order status: `{"pending":72}` (JSON) in the environment. */
const hoursByStatus = z.union([
  z.record(z.string(), num(0)),
  z.string().transform((raw, ctx) => {
    try {
      const v = JSON.parse(raw) as unknown
      const r = z.record(z.string(), z.number().min(0)).safeParse(v)
      if (r.success) return r.data
    } catch {
      /* reported below */
    }
    ctx.addIssue({ code: "custom", message: `expected JSON such as {"pending":72}, got ${raw}` })
    return z.NEVER
  }),
])

export const pluginOptionsSchema = z.object({
  /** Public address of the buyer storefront (links in e-mails). */
  storefrontUrl: url.default("http://localhost:8000").transform((u) => u.replace(/\/$/, "")),
  /** VAT rate (%) of lines and shipping without a Medusa tax line. */
  defaultVatRate: z
    .string()
    .regex(/^\d{1,2}(\.\d{1,2})?$/)
    .default("22"),
  company: z
    .object({
      invitationTtlDays: num(0).default(7),
      managerNotificationEmail: z.string().default("manager@b2b-portal.local"),
      impersonationTtlMinutes: num(1).default(60),
      consentTextVersion: z.string().default("2026-01"),
    })
    .prefault({}),
  ordering: z
    .object({
      reservationEnabled: bool.default(true),
      reservationHoursByStatus: hoursByStatus.default({ pending: 72 }),
      regionalAssortment: bool.default(false),
      onAccountProviderId: z.string().default("pp_system_default"),
      guestOneClick: bool.default(false),
      guestOrdersPerHour: int(1).default(5),
      orderSplit: z.enum(["availability", "none"]).default("availability"),
      orderSplitMode: z.enum(["shipments", "orders"]).default("shipments"),
    })
    .prefault({}),
  documents: z
    .object({
      timeZone: z.string().default("Europe/Moscow"),
      chromiumPath: z.string().default("/usr/bin/chromium"),
      renderPages: int(1).default(2),
      maxUploadMb: num(0.001).default(10),
      priceListPdfMaxRows: int(1).default(5000),
    })
    .prefault({}),
  oneC: z
    .object({
      exchangeLogin: z.string().default(""),
      exchangePassword: z.string().default(""),
      exchangeDir: z.string().default(path.join(process.cwd(), ".data", "1c-exchange")),
      fileLimit: int(1).default(50 * 1024 * 1024),
      stepSeconds: num(0).default(15),
      answerEncoding: z
        .string()
        .default("windows-1251")
        .transform((e) => e.toLowerCase()),
      schemaVersion: z.string().default("2.08"),
      maxSessionMb: num(1).default(4096),
      zipMaxMb: num(1).default(4096),
      zipMaxEntries: int(1).default(200_000),
      sweepMissing: bool.default(true),
      batchSize: int(1).default(500),
      offerBatchSize: int(1).optional(),
      offerParallel: int(1).default(2),
      sessionIdleHours: num(0).default(12),
      stagedRetentionHours: num(0).default(24),
      salesChannelId: z.string().optional(),
      productWrites: z.enum(["sql", "module"]).default("sql"),
      pushUrl: url.default(""),
      pushFormat: z.enum(["json", "commerceml"]).default("json"),
      pushTimeoutMs: int(1).default(10_000),
      pushMaxAttempts: int(1).default(8),
      pushBackoffMs: int(0).default(60_000),
      pushQueue: z.enum(["bullmq", "db"]).default("bullmq"),
      outboundLogin: z.string().default(""),
      outboundPassword: z.string().default(""),
      pricingUrl: url.default(""),
      pricingTimeoutMs: int(1).default(1_500),
    })
    .prefault({}),
})

export type PluginOptions = z.infer<typeof pluginOptionsSchema>
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] }
export type PluginOptionsInput = DeepPartial<z.input<typeof pluginOptionsSchema>>

/** Option path → environment variable(s) it falls back to, first set wins. */
export const OPTION_ENV: Record<string, string[]> = {
  storefrontUrl: ["STOREFRONT_URL"],
  defaultVatRate: ["B2B_DEFAULT_VAT_RATE"],
  "company.invitationTtlDays": ["B2B_INVITATION_TTL_DAYS"],
  "company.managerNotificationEmail": ["B2B_MANAGER_EMAIL", "ADMIN_EMAIL"],
  "company.impersonationTtlMinutes": ["B2B_IMPERSONATION_TTL_MINUTES"],
  "company.consentTextVersion": ["B2B_CONSENT_VERSION"],
  "ordering.reservationEnabled": ["B2B_RESERVATION_ENABLED"],
  "ordering.reservationHoursByStatus": ["B2B_RESERVATION_HOURS_BY_STATUS"],
  "ordering.regionalAssortment": ["B2B_REGIONAL_ASSORTMENT"],
  "ordering.onAccountProviderId": ["B2B_ON_ACCOUNT_PROVIDER"],
  "ordering.guestOneClick": ["B2B_GUEST_ONE_CLICK"],
  "ordering.guestOrdersPerHour": ["B2B_GUEST_ORDERS_PER_HOUR"],
  "ordering.orderSplit": ["B2B_ORDER_SPLIT"],
  "ordering.orderSplitMode": ["B2B_ORDER_SPLIT_MODE"],
  "documents.timeZone": ["DOCUMENTS_TIME_ZONE"],
  "documents.chromiumPath": ["CHROMIUM_PATH"],
  "documents.renderPages": ["DOCUMENTS_RENDER_PAGES"],
  "documents.maxUploadMb": ["B2B_DOCUMENT_MAX_MB"],
  "documents.priceListPdfMaxRows": ["B2B_PRICE_LIST_PDF_MAX_ROWS"],
  "oneC.exchangeLogin": ["ONE_C_EXCHANGE_LOGIN"],
  "oneC.exchangePassword": ["ONE_C_EXCHANGE_PASSWORD"],
  "oneC.exchangeDir": ["ONE_C_EXCHANGE_DIR"],
  "oneC.fileLimit": ["ONE_C_FILE_LIMIT"],
  "oneC.stepSeconds": ["ONE_C_STEP_SECONDS"],
  "oneC.answerEncoding": ["ONE_C_ANSWER_ENCODING"],
  "oneC.schemaVersion": ["ONE_C_SCHEMA_VERSION"],
  "oneC.maxSessionMb": ["ONE_C_MAX_SESSION_MB"],
  "oneC.zipMaxMb": ["ONE_C_ZIP_MAX_MB"],
  "oneC.zipMaxEntries": ["ONE_C_ZIP_MAX_ENTRIES"],
  "oneC.sweepMissing": ["ONE_C_SWEEP_MISSING"],
  "oneC.batchSize": ["ONE_C_BATCH_SIZE"],
  "oneC.offerBatchSize": ["ONE_C_OFFER_BATCH_SIZE"],
  "oneC.offerParallel": ["ONE_C_OFFER_PARALLEL"],
  "oneC.sessionIdleHours": ["ONE_C_SESSION_IDLE_HOURS"],
  "oneC.stagedRetentionHours": ["ONE_C_STAGED_RETENTION_HOURS"],
  "oneC.salesChannelId": ["ONE_C_SALES_CHANNEL_ID"],
  "oneC.productWrites": ["ONE_C_PRODUCT_WRITES"],
  "oneC.pushUrl": ["ONE_C_PUSH_URL"],
  "oneC.pushFormat": ["ONE_C_PUSH_FORMAT"],
  "oneC.pushTimeoutMs": ["ONE_C_PUSH_TIMEOUT_MS"],
  "oneC.pushMaxAttempts": ["ONE_C_PUSH_MAX_ATTEMPTS"],
  "oneC.pushBackoffMs": ["ONE_C_PUSH_BACKOFF_MS"],
  "oneC.pushQueue": ["ONE_C_PUSH_QUEUE"],
  "oneC.outboundLogin": ["ONE_C_OUTBOUND_LOGIN"],
  "oneC.outboundPassword": ["ONE_C_OUTBOUND_PASSWORD"],
  "oneC.pricingUrl": ["ONE_C_PRICING_URL"],
  "oneC.pricingTimeoutMs": ["ONE_C_PRICING_TIMEOUT_MS"],
}
const ENV_NAMES = [...new Set(Object.values(OPTION_ENV).flat())]

type Tree = Record<string, unknown>
const getPath = (o: Tree, p: string): unknown =>
  p.split(".").reduce<unknown>((x, k) => (x as Tree | undefined)?.[k], o)
function setPath(o: Tree, p: string, v: unknown) {
  const keys = p.split(".")
  let t = o
  for (const k of keys.slice(0, -1)) t = (t[k] ??= {}) as Tree
  t[keys[keys.length - 1]] = v
}

/**
 * Validated options from what the host app passed and, for what it left out, the environment.
 * Throws naming the option (and the variable it came from) when a value is not acceptable.
 */
export function readPluginOptions(
  explicit: PluginOptionsInput = {},
  env: Record<string, string | undefined> = process.env
): PluginOptions {
  const input: Tree = structuredClone(explicit as Tree)
  const from: Record<string, string> = {}
  for (const [p, names] of Object.entries(OPTION_ENV)) {
    if (getPath(input, p) !== undefined) continue
    const name = names.find((n) => env[n] !== undefined && env[n]!.trim() !== "")
    if (!name) continue
    setPath(input, p, env[name]!.trim())
    from[p] = name
  }
  const parsed = pluginOptionsSchema.safeParse(input)
  if (!parsed.success) {
    const msg = parsed.error.issues
      .map((i) => {
        const p = i.path.join(".")
        return `${p}${from[p] ? ` (${from[p]})` : ""}: ${i.message}`
      })
      .join("; ")
    throw new Error(`b2b-portal options: ${msg}`)
  }
  const o = parsed.data
  o.oneC.offerBatchSize ??= o.oneC.batchSize
  return o
}

const PACKAGE_NAME = "b2b-portal"
let explicitOptions: PluginOptionsInput | undefined
const memo = new Map<string, PluginOptions>()

/** The options of this plugin's entry in the host app's medusa-config.ts, if it lists the plugin. */
function hostAppOptions(): PluginOptionsInput {
  try {
    const plugins = configManager.config?.plugins ?? []
    for (const p of plugins) {
      if (typeof p !== "string" && p.resolve === PACKAGE_NAME)
        return (p.options ?? {}) as PluginOptionsInput
    }
  } catch {
    // no Medusa config loaded (unit tests, scripts): environment and defaults only
  }
  return {}
}

/** Sets the options the host app gave the plugin (medusa-config.ts or a loader); env fills the rest. */
export function configurePluginOptions(explicit: PluginOptionsInput = {}) {
  readPluginOptions(explicit, {}) // validate what was given at once
  explicitOptions = explicit
  memo.clear()
}

/** The portal's options now: the host app's, then the environment, then the defaults. */
export function pluginOptions(): PluginOptions {
  const key = ENV_NAMES.map((n) => process.env[n] ?? "\u0000").join("\u0001")
  let o = memo.get(key)
  if (!o) {
    if (memo.size > 32) memo.clear()
    explicitOptions ??= hostAppOptions()
    o = readPluginOptions(explicitOptions, process.env)
    memo.set(key, o)
  }
  return o
}

/**
 * The environment, for the settings that stay environment-only: the process itself (REDIS_URL,
 * NODE_ENV) and the security settings parsed where they are used (throttling, proxy hops, HSTS,
 * the 1C exchange alias path, pooled random bytes — see README "Configuration").
 */
export const environment = (): Record<string, string | undefined> => process.env

/** Environment-only settings of the Node process itself (not portal behaviour). */
export const processSettings = () => ({
  redisUrl: process.env.REDIS_URL || undefined,
  production: process.env.NODE_ENV === "production",
})
