import type { InferTypeOf } from "@medusajs/framework/types"
import type { RegistrationRequest } from "../../../modules/company/models/registration-request"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bRegistrationRequests rows (each with its id); compensation writes the previous values back. */
export const updateB2bRegistrationRequestsStep = updateRowsStepFor<
  CompanyModuleService,
  { id: string } & Record<string, unknown>,
  InferTypeOf<typeof RegistrationRequest>
>("company-update-B2bRegistrationRequests", COMPANY_MODULE, {
  list: "listB2bRegistrationRequests",
  update: "updateB2bRegistrationRequests",
})
