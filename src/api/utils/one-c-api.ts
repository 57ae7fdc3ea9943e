import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { basicCredentials, safeEqual } from "../../modules/one-c"
import { oneCSettings } from "../../lib/one-c-settings"
import { clearOneC, countFailure, judgeOneC } from "./abuse"

/**
 * The JSON API for 1C uses the exchange credentials (HTTP Basic) of the CommerceML endpoint. Wrong
 * credentials count against the login and the client address (brute-force throttle shared with checkauth);
 * at the limit → 429 with Retry-After before the password is compared.
 */
export async function oneCApiAuth(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const s = oneCSettings()
    const creds = basicCredentials(req.headers.authorization)
    const judged = creds ? await judgeOneC(req, creds.login) : null
    if (judged?.blocked.blocked) {
      res.setHeader("Retry-After", String(judged.blocked.retryAfterSeconds))
      return res.status(429).json({
        type: "too_many_requests",
        message: `Too many failed 1C logins: try again in ${judged.blocked.retryAfterSeconds} s`,
      })
    }
    if (
      !creds ||
      !s.login ||
      !(safeEqual(creds.login, s.login) && safeEqual(creds.password, s.password))
    ) {
      if (judged && s.login) await countFailure(req, judged.keys)
      res.setHeader("WWW-Authenticate", 'Basic realm="1C exchange"')
      return res
        .status(401)
        .json({ type: "unauthorized", message: "1C exchange credentials required (HTTP Basic)" })
    }
    if (judged) await clearOneC(req, judged)
    next()
  } catch (e) {
    next(e)
  }
}

export type CounterpartyRef = { one_c_id?: string | null; inn?: string | null; kpp?: string | null }

/** A counterparty named by its 1C id, else INN (+KPP); 4xx naming the row when unknown. */
export async function resolveCounterparty(req: MedusaRequest, ref: CounterpartyRef, where: string) {
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  if (ref.one_c_id) {
    const [le] = await company.listB2bLegalEntities({ one_c_id: ref.one_c_id }, { take: 1 })
    if (le) return le
  }
  if (ref.inn) {
    const rows = await company.listB2bLegalEntities({ inn: ref.inn }, { take: 10 })
    const le =
      rows.find((r) => (r.kpp ?? "") === (ref.kpp ?? "")) ?? (ref.kpp ? undefined : rows[0])
    if (le) return le
  }
  throw new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `${where}: counterparty ${ref.one_c_id ?? ref.inn ?? "(none)"} is not on the portal`
  )
}
