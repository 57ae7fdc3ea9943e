import type { MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { createAddressWorkflow } from "../../../../workflows/company/workflows/create-address"
import { type CreateAddress, ADDRESS_KINDS } from "./validators"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import type { StoreAddressListResponse, StoreAddressResponse } from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /store/b2b/addresses?kind=: the acting counterparty's address book, the default first. */
export async function GET(req: B2BRequest, res: MedusaResponse<JsonOf<StoreAddressListResponse>>) {
  const ctx = requireContext(req)
  const kind = (ADDRESS_KINDS as readonly unknown[]).includes(req.query.kind)
    ? { kind: req.query.kind }
    : {}
  const addresses = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).listB2bAddresses(
    { legal_entity_id: ctx.active.legal_entity_id, ...kind },
    {
      take: 500,
      order: { is_default: "DESC", created_at: "ASC" },
    }
  )
  res.json({ addresses })
}

/** POST /store/b2b/addresses: adds an address (addresses.manage); `is_default: true` replaces the default. */
export async function POST(
  req: B2BRequest<CreateAddress>,
  res: MedusaResponse<JsonOf<StoreAddressResponse>>
) {
  const ctx = requireContext(req)
  const { result } = await createAddressWorkflow(req.scope).run({
    input: { legal_entity_id: ctx.active.legal_entity_id, data: req.validatedBody },
  })
  res.status(201).json({ address: result })
}
