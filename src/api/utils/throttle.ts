import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import type AuditModuleService from "../../modules/audit/service"
import type { ThrottleCounter } from "../../modules/audit/service"
import { environment } from "../../lib/plugin-options"

/**
 * Brute-force throttling of sign-ins (customer and staff e-mail/password, password-reset requests, the 1C
 * exchange's HTTP Basic login): failed attempts are counted per account and per client IP in a fixed window;
 * an account or address at its limit is answered 429 with Retry-After until the window ends. Counters live in
 * Redis when REDIS_URL is set, else in the database (audit module, table b2b_auth_throttle): several server
 * instances always share them. Pure parts (settings, keys, verdict) are unit-tested.
 */
export type ThrottleSettings = {
  /** failed logins of one account within the window before it is refused */
  accountMax: number
  /** failed logins from one IP address (any accounts) within the window */
  ipMax: number
  /** password-reset requests per account (and per IP: ipMax) within the window */
  resetMax: number
  windowMs: number
}

const positive = (name: string, raw: string | undefined, fallback: number, integer = true) => {
  if (raw === undefined || raw.trim() === "") return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new Error(`${name} must be a positive ${integer ? "whole " : ""}number, got "${raw}"`)
  }
  return n
}

export function throttleSettings(
  env: Record<string, string | undefined> = environment()
): ThrottleSettings {
  const accountMax = positive("B2B_LOGIN_MAX_FAILURES", env.B2B_LOGIN_MAX_FAILURES, 5)
  return {
    accountMax,
    ipMax: positive("B2B_LOGIN_MAX_FAILURES_PER_IP", env.B2B_LOGIN_MAX_FAILURES_PER_IP, 50),
    resetMax: positive("B2B_PASSWORD_RESET_MAX", env.B2B_PASSWORD_RESET_MAX, 5),
    // minutes; fractions allowed (tests use a few seconds)
    windowMs: Math.round(
      positive("B2B_LOGIN_WINDOW_MINUTES", env.B2B_LOGIN_WINDOW_MINUTES, 15, false) * 60_000
    ),
  }
}

export type ThrottleKey = { id: string; limit: number; label: "account" | "address" }

/** Stored id of a counter: never the e-mail or address itself. */
export const counterId = (key: string) =>
  `thr_${createHash("sha256").update(key, "utf8").digest("hex").slice(0, 40)}`

export const normalizeAccount = (raw: unknown) =>
  typeof raw === "string" ? raw.trim().toLowerCase() : ""

/**
 * Counters an attempt is judged by. scope: "login:customer", "login:user", "reset:customer", "reset:user", "1c".
 * Login scopes share one per-IP counter (a guesser switching between the store and the admin still counts once).
 */
export function throttleKeys(
  scope: string,
  account: string,
  ip: string | null,
  s: ThrottleSettings
): ThrottleKey[] {
  const family = scope.split(":")[0]
  const keys: ThrottleKey[] = []
  const acct = normalizeAccount(account)
  if (acct)
    keys.push({
      id: counterId(`${scope}:acct:${acct}`),
      limit: family === "reset" ? s.resetMax : s.accountMax,
      label: "account",
    })
  if (ip) keys.push({ id: counterId(`${family}:ip:${ip}`), limit: s.ipMax, label: "address" })
  return keys
}

/** Blocked when any counter has reached its limit inside its window; Retry-After is the longest wait. */
export function verdict(
  keys: ThrottleKey[],
  counters: Map<string, ThrottleCounter>,
  now = Date.now()
) {
  let retryAfterMs = 0
  let blockedBy: ThrottleKey["label"] | null = null
  for (const k of keys) {
    const c = counters.get(k.id)
    if (!c || c.reset_at.getTime() <= now || c.count < k.limit) continue
    const wait = c.reset_at.getTime() - now
    if (wait > retryAfterMs) {
      retryAfterMs = wait
      blockedBy = k.label
    }
  }
  return blockedBy
    ? {
        blocked: true as const,
        by: blockedBy,
        retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      }
    : { blocked: false as const }
}

export interface ThrottleStore {
  peek(ids: string[]): Promise<Map<string, ThrottleCounter>>
  hit(ids: string[], windowMs: number): Promise<Map<string, ThrottleCounter>>
  clear(ids: string[]): Promise<void>
}

// INCR, and on the first hit of a window its expiry, atomically; returns [count, ms left]
const HIT_LUA = `local c = redis.call('INCR', KEYS[1]) if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end local t = redis.call('PTTL', KEYS[1]) if t < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) t = tonumber(ARGV[1]) end return {c, t}`
const REDIS_PREFIX = "b2b:throttle:"

let redisClient: { url: string; client: any } | null = null

function redisFor(url: string) {
  if (redisClient?.url === url) return redisClient.client
  // ioredis comes with bullmq (a dependency); one connection per process
  const IORedis = require("ioredis")
  const client = new (IORedis.default ?? IORedis)(url, {
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    lazyConnect: false,
  })
  client.on("error", () => undefined) // reconnects by itself; a failing command is reported to the caller
  redisClient = { url, client }
  return client
}

export function redisThrottleStore(url: string): ThrottleStore {
  const r = () => redisFor(url)
  return {
    async peek(ids) {
      const out = new Map<string, ThrottleCounter>()
      if (!ids.length) return out
      const pipe = r().pipeline()
      for (const id of ids) pipe.get(REDIS_PREFIX + id).pttl(REDIS_PREFIX + id)
      const res: [Error | null, any][] = await pipe.exec()
      ids.forEach((id, i) => {
        const count = Number(res[2 * i][1] ?? 0)
        const ttl = Number(res[2 * i + 1][1])
        if (count > 0 && ttl > 0) out.set(id, { count, reset_at: new Date(Date.now() + ttl) })
      })
      return out
    },
    async hit(ids, windowMs) {
      const out = new Map<string, ThrottleCounter>()
      for (const id of ids) {
        const [count, ttl] = await r().eval(
          HIT_LUA,
          1,
          REDIS_PREFIX + id,
          String(Math.round(windowMs))
        )
        out.set(id, { count: Number(count), reset_at: new Date(Date.now() + Number(ttl)) })
      }
      return out
    },
    async clear(ids) {
      if (ids.length) await r().del(...ids.map((id) => REDIS_PREFIX + id))
    },
  }
}

export function dbThrottleStore(container: MedusaContainer): ThrottleStore {
  const svc = () => container.resolve<AuditModuleService>("audit")
  return {
    peek: (ids) => svc().peekThrottle(ids),
    hit: (ids, windowMs) => svc().hitThrottle(ids, windowMs),
    clear: (ids) => svc().clearThrottle(ids),
  }
}

/** Redis when REDIS_URL is set (shared by all instances), else the database (equally shared). Never process memory. */
export function throttleStore(
  container: MedusaContainer,
  env: Record<string, string | undefined> = environment()
): ThrottleStore {
  return env.REDIS_URL ? redisThrottleStore(env.REDIS_URL) : dbThrottleStore(container)
}

/** Test hook: close the shared Redis connection. */
export async function closeThrottleRedis() {
  const c = redisClient
  redisClient = null
  if (c) await c.client.quit().catch(() => undefined)
}
