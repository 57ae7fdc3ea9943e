import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  throttleKeys,
  throttleSettings,
  throttleStore,
  verdict,
  type ThrottleKey,
} from "./throttle"
import { clientIp } from "./actor"

/**
 * Brute-force throttling at the sign-in doors (src/api/utils/throttle.ts holds the counters). A counter store that
 * cannot be reached lets the attempt through and logs an error: the password check itself still stands, and
 * a Redis hiccup must not lock every buyer out.
 */
type Judged = {
  keys: ThrottleKey[]
  blocked: ReturnType<typeof verdict>
  /** the account has failures on record */ accountCounted: boolean
}

const logger = (req: MedusaRequest) => req.scope.resolve(ContainerRegistrationKeys.LOGGER)

async function judge(req: MedusaRequest, scope: string, account: string): Promise<Judged> {
  const s = throttleSettings()
  const keys = throttleKeys(scope, account, clientIp(req), s)
  try {
    const counters = await throttleStore(req.scope).peek(keys.map((k) => k.id))
    const acct = keys.find((k) => k.label === "account")
    return {
      keys,
      blocked: verdict(keys, counters),
      accountCounted: !!acct && counters.has(acct.id),
    }
  } catch (e) {
    logger(req).error(
      `throttle: counters unavailable (${(e as Error).message}); ${scope} attempt not limited`
    )
    return { keys, blocked: { blocked: false }, accountCounted: false }
  }
}

export async function countFailure(req: MedusaRequest, keys: ThrottleKey[]) {
  try {
    await throttleStore(req.scope).hit(
      keys.map((k) => k.id),
      throttleSettings().windowMs
    )
  } catch (e) {
    logger(req).error(`throttle: failed attempt not counted (${(e as Error).message})`)
  }
}

async function clearAccount(req: MedusaRequest, keys: ThrottleKey[]) {
  try {
    await throttleStore(req.scope).clear(keys.filter((k) => k.label === "account").map((k) => k.id))
  } catch (e) {
    logger(req).error(`throttle: counter not cleared (${(e as Error).message})`)
  }
}

const tooManyMessage = (by: "account" | "address", minutes: number) =>
  `Too many failed sign-in attempts ${by === "account" ? "for this account" : "from your network address"}. Try again in ${minutes} min`

function refuseJson(
  res: MedusaResponse,
  v: Extract<Judged["blocked"], { blocked: true }>,
  message?: string
) {
  res.setHeader("Retry-After", String(v.retryAfterSeconds))
  res.status(429).json({
    type: "too_many_requests",
    message: message ?? tooManyMessage(v.by, Math.ceil(v.retryAfterSeconds / 60)),
  })
}

/**
 * POST /auth/{customer|user}/emailpass: refused with 429 while the e-mail or the client address is at its
 * limit; Medusa's answer is then watched — a 401 counts a failure against both, a success clears the
 * account's counter (the address keeps its count: one address guessing many accounts stays limited). The
 * count is written before the answer leaves, so the next attempt already sees it.
 */
export function loginThrottle(actorType: "customer" | "user") {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const body = req.body as { email?: unknown; username?: unknown } | undefined
      const email = body?.email ?? body?.username
      const j = await judge(req, `login:${actorType}`, typeof email === "string" ? email : "")
      if (j.blocked.blocked) return refuseJson(res, j.blocked)
      const json = res.json.bind(res)
      res.json = (body: unknown) => {
        const status = res.statusCode
        const settle =
          status === 401
            ? countFailure(req, j.keys)
            : status >= 200 && status < 300 && j.accountCounted
              ? clearAccount(req, j.keys)
              : Promise.resolve()
        void settle.finally(() => json(body))
        return res
      }
      next()
    } catch (e) {
      next(e)
    }
  }
}

/**
 * POST /auth/{customer|user}/emailpass/reset-password: every request counts (Medusa answers 201 whether or
 * not the account exists, so there is no "failure" to wait for); beyond B2B_PASSWORD_RESET_MAX per account or
 * B2B_LOGIN_MAX_FAILURES_PER_IP per address within the window → 429. Stops mail-bombing an address.
 */
export function resetThrottle(actorType: "customer" | "user") {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const identifier = (req.body as { identifier?: unknown } | undefined)?.identifier
      const j = await judge(
        req,
        `reset:${actorType}`,
        typeof identifier === "string" ? identifier : ""
      )
      if (j.blocked.blocked) {
        return refuseJson(
          res,
          j.blocked,
          `Too many password-reset requests. Try again in ${Math.ceil(j.blocked.retryAfterSeconds / 60)} min`
        )
      }
      await countFailure(req, j.keys)
      next()
    } catch (e) {
      next(e)
    }
  }
}

/** The 1C exchange login (checkauth, /1c/api/*): the caller refuses when `blocked`, counts with countFailure. */
export const judgeOneC = (req: MedusaRequest, login: string) => judge(req, "1c", login)
export const clearOneC = (req: MedusaRequest, j: Judged) =>
  j.accountCounted ? clearAccount(req, j.keys) : Promise.resolve()
