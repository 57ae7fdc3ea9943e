import type { InferTypeOf } from "@medusajs/framework/types"
import type { RegistrationRequest } from "../../../modules/company/models/registration-request"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bRegistrationRequests rows; compensation deletes them. */
export const createB2bRegistrationRequestsStep = createRowsStepFor<
  CompanyModuleService,
  Record<string, unknown>,
  InferTypeOf<typeof RegistrationRequest>
>("company-create-B2bRegistrationRequests", COMPANY_MODULE, {
  create: "createB2bRegistrationRequests",
  delete: "deleteB2bRegistrationRequests",
})
