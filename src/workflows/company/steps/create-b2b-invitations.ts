import type { InferTypeOf } from "@medusajs/framework/types"
import type { Invitation } from "../../../modules/company/models/invitation"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bInvitations rows; compensation deletes them. */
export const createB2bInvitationsStep = createRowsStepFor<
  CompanyModuleService,
  Record<string, unknown>,
  InferTypeOf<typeof Invitation>
>("company-create-B2bInvitations", COMPANY_MODULE, {
  create: "createB2bInvitations",
  delete: "deleteB2bInvitations",
})
