import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { basicCredentials, safeEqual } from "../../lib/one-c/protocol"
import { oneCSettings } from "../../lib/one-c/settings"

/** The JSON API for 1C uses the exchange credentials (HTTP Basic) of the CommerceML endpoint. */
export function oneCApiAuth(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const s = oneCSettings()
  const creds = basicCredentials(req.headers.authorization)
  if (!creds || !s.login || !(safeEqual(creds.login, s.login) && safeEqual(creds.password, s.password))) {
    res.setHeader("WWW-Authenticate", 'Basic realm="1C exchange"')
    return res.status(401).json({ type: "unauthorized", message: "1C exchange credentials required (HTTP Basic)" })
  }
  next()
}

export type CounterpartyRef = { one_c_id?: string | null; inn?: string | null; kpp?: string | null }

/** A counterparty named by its 1C id, else INN (+KPP); 4xx naming the row when unknown. */
export async function resolveCounterparty(req: MedusaRequest, ref: CounterpartyRef, where: string) {
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  if (ref.one_c_id) {
    const [le] = await company.listB2bLegalEntities({ one_c_id: ref.one_c_id } as any, { take: 1 })
    if (le) return le
  }
  if (ref.inn) {
    const rows = await company.listB2bLegalEntities({ inn: ref.inn } as any, { take: 10 })
    const le = rows.find((r) => (r.kpp ?? "") === (ref.kpp ?? "")) ?? (ref.kpp ? undefined : rows[0])
    if (le) return le
  }
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `${where}: counterparty ${ref.one_c_id ?? ref.inn ?? "(none)"} is not on the portal`)
}
