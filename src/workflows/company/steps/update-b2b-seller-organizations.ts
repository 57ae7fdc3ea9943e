import type { InferTypeOf } from "@medusajs/framework/types"
import type { SellerOrganization } from "../../../modules/company/models/seller-organization"
import type { SellerOrganizationInput } from "../utils/seller-organizations"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bSellerOrganizations rows (each with its id); compensation writes the previous values back. */
export const updateB2bSellerOrganizationsStep = updateRowsStepFor<
  CompanyModuleService,
  { id: string } & SellerOrganizationInput,
  InferTypeOf<typeof SellerOrganization>
>("company-update-B2bSellerOrganizations", COMPANY_MODULE, {
  list: "listB2bSellerOrganizations",
  update: "updateB2bSellerOrganizations",
})
