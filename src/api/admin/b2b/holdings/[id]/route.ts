import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteHoldingWorkflow } from "../../../../../workflows/company/workflows/delete-holding"
import { updateHoldingWorkflow } from "../../../../../workflows/company/workflows/update-holding"
import { assertExecutive, managerScope } from "../../../../utils/admin-scope"
import type { AdminUpdateHolding } from "../validators"
import type {
  AdminHoldingDetailResponse,
  AdminHoldingResponse,
  DeletedResponse,
} from "../../../../../types/company/http"
import type { JsonOf } from "../../../../../types/common/http"

async function load(req: AuthenticatedMedusaRequest) {
  const scope = await managerScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "b2b_holding",
    fields: ["*", "legal_entities.*"],
    filters: { id: req.params.id },
  })
  const holding = data[0] as
    (JsonOf<AdminHoldingDetailResponse["holding"]> & { id: string }) | undefined
  if (!holding || (!scope.all && !scope.holding_ids.includes(holding.id))) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Holding with id ${req.params.id} was not found`
    )
  }
  return holding
}

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminHoldingDetailResponse>>
) {
  res.json({ holding: await load(req) })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateHolding>,
  res: MedusaResponse<JsonOf<AdminHoldingResponse>>
) {
  await load(req)
  await assertExecutive(req)
  const { result } = await updateHoldingWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ holding: result[0] })
}

export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<DeletedResponse<"holding">>
) {
  const holding = (await load(req)) as { id: string; legal_entities?: unknown[] }
  await assertExecutive(req)
  if (holding.legal_entities?.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "The holding still has legal entities; move or delete them first"
    )
  }
  await deleteHoldingWorkflow(req.scope).run({ input: { id: holding.id } })
  res.json({ id: holding.id, object: "holding", deleted: true })
}
