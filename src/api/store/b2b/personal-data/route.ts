import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUDIT_MODULE } from "../../../../modules/audit"
import type AuditModuleService from "../../../../modules/audit/service"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { recordPersonalDataRequestWorkflow } from "../../../../workflows/company/workflows/record-personal-data-request"
import { clientIp } from "../../../utils/actor"
import type { B2BRequest } from "../../../utils/b2b-context"
import { MedusaError } from "@medusajs/framework/utils"
import type {
  StorePersonalDataRequestResponse,
  StorePersonalDataResponse,
} from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

function me(req: B2BRequest) {
  const id = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to continue")
  return id
}

/** GET /store/b2b/personal-data: everything the portal keeps about the signed-in person (152-FZ export). */
export async function GET(req: B2BRequest, res: MedusaResponse<JsonOf<StorePersonalDataResponse>>) {
  const customerId = me(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const audit = req.scope.resolve<AuditModuleService>(AUDIT_MODULE)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "phone", "created_at", "addresses.*"],
    filters: { id: customerId },
  })
  const customer = data[0] as JsonOf<StorePersonalDataResponse["customer"]>
  const [memberships, consents, events] = await Promise.all([
    company.listB2bEmployees(
      { customer_id: customerId },
      { relations: ["legal_entity"], take: null }
    ),
    customer?.email
      ? company.listB2bConsents({ subject_email: customer.email }, { take: null })
      : Promise.resolve([]),
    audit.listB2bAuditEvents(
      { actor_id: customerId },
      {
        take: 1000,
        order: { created_at: "DESC" },
      }
    ),
  ])
  res.setHeader("Content-Disposition", `attachment; filename="personal-data-${customerId}.json"`)
  res.json({
    exported_at: new Date().toISOString(),
    customer,
    memberships: memberships.map((m) => ({
      legal_entity: m.legal_entity?.name,
      role_id: m.role_id,
      status: m.status,
      since: m.created_at,
    })),
    consents,
    activity: events.map((e) => ({ action: e.action, at: e.created_at, ip: e.ip })),
  })
}

/** POST /store/b2b/personal-data: ask for deletion of one's personal data; the manager is notified. */
export async function POST(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StorePersonalDataRequestResponse>>
) {
  const customerId = me(req)
  const { result } = await recordPersonalDataRequestWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      kind: "deletion",
      ip: clientIp(req),
      legal_entity_id: req.b2b?.active.legal_entity_id ?? null,
    },
  })
  res.status(202).json({ request: result })
}
