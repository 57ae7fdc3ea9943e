import type { InferTypeOf } from "@medusajs/framework/types"
import type { SellerOrganization } from "../../../modules/company/models/seller-organization"
import type { SellerOrganizationInput } from "../utils/seller-organizations"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bSellerOrganizations rows; compensation deletes them. */
export const createB2bSellerOrganizationsStep = createRowsStepFor<
  CompanyModuleService,
  SellerOrganizationInput,
  InferTypeOf<typeof SellerOrganization>
>("company-create-B2bSellerOrganizations", COMPANY_MODULE, {
  create: "createB2bSellerOrganizations",
  delete: "deleteB2bSellerOrganizations",
})
