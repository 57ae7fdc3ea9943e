import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"

type Input = {
  seller_organization_id: string
  kind: "stock_location" | "product"
  add?: string[]
  remove?: string[]
}

const linkDef = (org: string, kind: Input["kind"], id: string): LinkDefinition =>
  kind === "stock_location"
    ? {
        [COMPANY_MODULE]: { b2b_seller_organization_id: org },
        [Modules.STOCK_LOCATION]: { stock_location_id: id },
      }
    : {
        [COMPANY_MODULE]: { b2b_seller_organization_id: org },
        [Modules.PRODUCT]: { product_id: id },
      }

/** Maps warehouses or products to a seller organization (links; compensated by Medusa's link steps). */
export const assignToSellerOrganizationWorkflow = createWorkflow(
  "company-assign-to-seller-organization",
  (input: Input) => {
    const toAdd = transform({ input }, ({ input }) =>
      (input.add ?? []).map((id) => linkDef(input.seller_organization_id, input.kind, id))
    )
    const toRemove = transform({ input }, ({ input }) =>
      (input.remove ?? []).map((id) => linkDef(input.seller_organization_id, input.kind, id))
    )
    when({ toRemove }, ({ toRemove }) => toRemove.length > 0).then(() => {
      dismissRemoteLinkStep(toRemove)
    })
    when({ toAdd }, ({ toAdd }) => toAdd.length > 0).then(() => {
      createRemoteLinkStep(toAdd)
    })
    return new WorkflowResponse({ added: toAdd, removed: toRemove })
  }
)
