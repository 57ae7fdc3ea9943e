import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { createLegalEntityWorkflow } from "../../../../workflows/company/workflows/create-legal-entity"
import { updateLegalEntityWorkflow } from "../../../../workflows/company/workflows/update-legal-entity"
import type { OneCCounterparties } from "../validators"
import type {
  OneCCounterpartyListResponse,
  OneCCounterpartyUpsertResponse,
} from "../../../../types/one-c/http"
import type { JsonOf } from "../../../../types/common/http"

const SYSTEM = { actor_type: "system" as const, actor_id: "1c" }

/**
 * GET /1c/api/counterparties?changed_since=ISO: counterparties as the portal knows them (new ones
 * registered on the portal included), for 1C to pick up — the other half of the two-way sync.
 */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<JsonOf<OneCCounterpartyListResponse>>
) {
  const since =
    typeof req.query.changed_since === "string" ? new Date(req.query.changed_since) : null
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const rows = await company.listB2bLegalEntities(
    since && !Number.isNaN(since.getTime()) ? { updated_at: { $gte: since } } : {},
    { take: 5000, order: { updated_at: "ASC" } }
  )
  res.json({
    counterparties: rows.map((r) => ({
      id: r.id,
      one_c_id: r.one_c_id,
      name: r.name,
      full_name: r.full_name,
      inn: r.inn,
      kpp: r.kpp,
      legal_address: r.legal_address,
      actual_address: r.actual_address,
      email: r.email,
      phone: r.phone,
      status: r.status,
      holding_id: r.holding_id,
      updated_at: r.updated_at,
    })),
  })
}

/** POST /1c/api/counterparties: upsert by 1C id, else INN+KPP (each row created or updated through the companies workflows). */
export async function POST(
  req: MedusaRequest<OneCCounterparties>,
  res: MedusaResponse<OneCCounterpartyUpsertResponse>
) {
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const out: { one_c_id: string; id: string; result: "created" | "updated" }[] = []
  for (const c of req.validatedBody.counterparties) {
    const byId = (await company.listB2bLegalEntities({ one_c_id: c.one_c_id }, { take: 1 }))[0]
    const byInn =
      byId ??
      (await company.listB2bLegalEntities({ inn: c.inn }, { take: 10 })).find(
        (r) => (r.kpp ?? "") === (c.kpp ?? "")
      )
    const { status, ...data } = c
    if (byInn) {
      await updateLegalEntityWorkflow(req.scope).run({
        input: {
          id: byInn.id,
          data: { ...data, ...(status ? { status } : {}) },
          actor: SYSTEM,
        },
      })
      out.push({ one_c_id: c.one_c_id, id: byInn.id, result: "updated" })
    } else {
      const { result } = await createLegalEntityWorkflow(req.scope).run({
        input: { legal_entity: data, actor: SYSTEM },
      })
      out.push({ one_c_id: c.one_c_id, id: result.id, result: "created" })
    }
  }
  res.json({ counterparties: out })
}
