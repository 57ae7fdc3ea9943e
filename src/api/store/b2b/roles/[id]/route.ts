import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteRoleWorkflow } from "../../../../../workflows/company/workflows/delete-role"
import { updateRoleWorkflow } from "../../../../../workflows/company/workflows/update-role"
import { customerActor } from "../../../../utils/actor"
import { type B2BRequest, requireContext } from "../../../../utils/b2b-context"
import type { UpdateRole } from "../validators"
import type { DeletedResponse, StoreRoleResponse } from "../../../../../types/company/http"
import type { JsonOf } from "../../../../../types/common/http"

export async function POST(
  req: B2BRequest<UpdateRole>,
  res: MedusaResponse<JsonOf<StoreRoleResponse>>
) {
  const ctx = requireContext(req)
  const { result } = await updateRoleWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      legal_entity_id: ctx.active.legal_entity_id,
      ...req.validatedBody,
      actor: customerActor(req),
    },
  })
  res.json({ role: result })
}

export async function DELETE(req: B2BRequest, res: MedusaResponse<DeletedResponse<"role">>) {
  const ctx = requireContext(req)
  await deleteRoleWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      legal_entity_id: ctx.active.legal_entity_id,
      actor: customerActor(req),
    },
  })
  res.json({ id: req.params.id, object: "role", deleted: true })
}
