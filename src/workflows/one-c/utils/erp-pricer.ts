import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { outboundSettings } from "../../../lib/one-c-settings"
import type { ErpCartPricer } from "../../pricing-contract/utils/erp-hook"
import { authHeaders } from "./push-order"

/**
 * "Ask 1C for the final cart prices" (ONE_C_PRICING_URL): posts the cart lines with their 1C ids and
 * the portal's prices; 1C answers { prices: { "<1C id>": "123.45" } }. No answer within the timeout,
 * an error or an unusable answer → null: the portal's own prices stay (never a failed checkout).
 */
export function oneCErpPricer(container: MedusaContainer): ErpCartPricer {
  return {
    async detailCartPrices({ legal_entity_id, lines }) {
      const o = outboundSettings()
      if (!o.pricingUrl || !lines.length) return null
      try {
        const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
        const maps = await onec.listOnecMappings(
          { kind: "variant", internal_id: lines.map((l) => l.variant_id) },
          { take: null }
        )
        const toOneC = new Map(maps.map((m) => [m.internal_id, m.external_id]))
        const le = legal_entity_id
          ? (
              await container
                .resolve<CompanyModuleService>(COMPANY_MODULE)
                .listB2bLegalEntities({ id: legal_entity_id }, { take: 1 })
            )[0]
          : null
        const r = await fetch(o.pricingUrl, {
          method: "POST",
          headers: { "content-type": "application/json", ...authHeaders() },
          body: JSON.stringify({
            counterparty: le
              ? { one_c_id: le.one_c_id ?? null, inn: le.inn, kpp: le.kpp ?? null }
              : null,
            lines: lines.map((l) => ({
              one_c_id: toOneC.get(l.variant_id) ?? null,
              variant_id: l.variant_id,
              quantity: l.quantity,
              price: l.amount,
              currency: l.currency_code,
            })),
          }),
          signal: AbortSignal.timeout(o.pricingTimeoutMs),
        })
        if (!r.ok) return null
        const body = (await r.json()) as { prices?: Record<string, string | number> }
        if (!body?.prices) return null
        const out: Record<string, string> = {}
        for (const l of lines) {
          const key = toOneC.get(l.variant_id)
          const v = (key && body.prices[key]) ?? body.prices[l.variant_id]
          if (v !== undefined && /^\d+(\.\d+)?$/.test(String(v))) out[l.variant_id] = String(v)
        }
        return Object.keys(out).length ? out : null
      } catch {
        return null
      }
    },
  }
}
