import type { JsonOf } from "../../../../../types/common/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { ONE_C_MODULE } from "../../../../../modules/one-c"
import type OneCModuleService from "../../../../../modules/one-c/service"
import type { OneCCategoryMap } from "../validators"
import { saveCategoryMapWorkflow } from "../../../../../workflows/one-c"
import type {
  AdminOneCCategoryMapResponse,
  AdminOneCCategoryMapSavedResponse,
} from "../../../../../types/one-c/http"

/** GET /admin/b2b/one-c/category-map: 1C groups (as imported) with the portal categories they map to. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminOneCCategoryMapResponse>>
) {
  const onec = req.scope.resolve<OneCModuleService>(ONE_C_MODULE)
  const [groups, manual] = await Promise.all([
    onec.mappingsOfKind("group"),
    onec.listOnecCategoryMaps({}, { take: null }),
  ])
  res.json({
    groups: groups.map((g) => ({
      group_external_id: g.external_id,
      auto_category_id: g.internal_id,
      manual_category_ids: manual
        .filter((m) => m.group_external_id === g.external_id)
        .map((m) => m.category_id),
    })),
    manual,
  })
}

/** POST /admin/b2b/one-c/category-map { group_external_id, category_ids[] }: sets the manual mapping of a group (empty = automatic). */
export async function POST(
  req: AuthenticatedMedusaRequest<OneCCategoryMap>,
  res: MedusaResponse<AdminOneCCategoryMapSavedResponse>
) {
  const b = req.validatedBody
  const cats = b.category_ids.length
    ? await req.scope
        .resolve(Modules.PRODUCT)
        .listProductCategories({ id: b.category_ids }, { select: ["id"] })
    : []
  const missing = b.category_ids.filter((id) => !cats.some((c: any) => c.id === id))
  if (missing.length)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `category_ids: unknown categories ${missing.join(", ")}`
    )
  const { result } = await saveCategoryMapWorkflow(req.scope).run({
    input: { group_external_id: b.group_external_id, category_ids: b.category_ids },
  })
  res.json({ group_external_id: b.group_external_id, category_ids: result })
}
