import type { MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { deleteAddressWorkflow } from "../../../../../workflows/company/workflows/delete-address"
import { updateAddressWorkflow } from "../../../../../workflows/company/workflows/update-address"
import type { UpdateAddress } from "../validators"
import { type B2BRequest, notFound, requireContext } from "../../../../utils/b2b-context"
import type { DeletedResponse, StoreAddressResponse } from "../../../../../types/company/http"
import type { JsonOf } from "../../../../../types/common/http"

/** GET /store/b2b/addresses/:id: one address of the acting counterparty (404 for any other). */
export async function GET(req: B2BRequest, res: MedusaResponse<JsonOf<StoreAddressResponse>>) {
  const ctx = requireContext(req)
  const [address] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listB2bAddresses({ id: req.params.id, legal_entity_id: ctx.active.legal_entity_id })
  if (!address) throw notFound("Address", req.params.id)
  res.json({ address })
}

/** POST /store/b2b/addresses/:id: changes an address; `is_default: true` replaces the default. */
export async function POST(
  req: B2BRequest<UpdateAddress>,
  res: MedusaResponse<JsonOf<StoreAddressResponse>>
) {
  const ctx = requireContext(req)
  const { result } = await updateAddressWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      legal_entity_id: ctx.active.legal_entity_id,
      data: req.validatedBody,
    },
  })
  res.json({ address: result })
}

/** DELETE /store/b2b/addresses/:id: removes it from the book (carts and orders keep their copy). */
export async function DELETE(req: B2BRequest, res: MedusaResponse<DeletedResponse<"address">>) {
  const ctx = requireContext(req)
  await deleteAddressWorkflow(req.scope).run({
    input: { id: req.params.id, legal_entity_id: ctx.active.legal_entity_id },
  })
  res.json({ id: req.params.id, object: "address", deleted: true })
}
