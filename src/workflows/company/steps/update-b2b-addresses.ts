import type { InferTypeOf } from "@medusajs/framework/types"
import type { Address } from "../../../modules/company/models/address"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bAddresses rows (each with its id); compensation writes the previous values back. */
export const updateB2bAddressesStep = updateRowsStepFor<
  CompanyModuleService,
  { id: string } & Record<string, unknown>,
  InferTypeOf<typeof Address>
>("company-update-B2bAddresses", COMPANY_MODULE, {
  list: "listB2bAddresses",
  update: "updateB2bAddresses",
})
