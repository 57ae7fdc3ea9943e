import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import type { B2BRequest } from "./b2b-context"

/**
 * Order split by seller organization: Medusa's own POST /store/carts/:id/complete would make one
 * order of goods of several sellers, so such carts are refused (400) and pointed at
 * POST /store/b2b/carts/:id/place. Lines whose product has no seller count as the counterparty's (else the default seller's), as in the split.
 */
export async function rejectMultiSellerCompletion(
  req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const id = req.params.id
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "items.product.b2b_seller_organization.id",
        "b2b_legal_entity.seller_organization_id",
      ],
      filters: { id },
    })
    const cart = data[0]
    if (cart) {
      let fallback: string | null = cart.b2b_legal_entity?.seller_organization_id ?? null
      if (!fallback) {
        const [def] = await req.scope
          .resolve<CompanyModuleService>(COMPANY_MODULE)
          .listB2bSellerOrganizations({ is_default: true }, { take: 1 })
        fallback = def?.id ?? null
      }
      const sellers = new Set(
        (
          (cart.items ?? []) as ({
            product?: { b2b_seller_organization?: { id: string } | null } | null
          } | null)[]
        ).map((i) => i?.product?.b2b_seller_organization?.id ?? fallback)
      )
      if (sellers.size > 1) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Cart ${id} holds goods of ${sellers.size} seller organizations, which are placed as separate orders: use POST /store/b2b/carts/${id}/place`
        )
      }
    }
    next()
  } catch (e) {
    next(e)
  }
}
