import type { InferTypeOf } from "@medusajs/framework/types"
import type { Address } from "../../../modules/company/models/address"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bAddresses rows; compensation deletes them. */
export const createB2bAddressesStep = createRowsStepFor<
  CompanyModuleService,
  Record<string, unknown>,
  InferTypeOf<typeof Address>
>("company-create-B2bAddresses", COMPANY_MODULE, {
  create: "createB2bAddresses",
  delete: "deleteB2bAddresses",
})
