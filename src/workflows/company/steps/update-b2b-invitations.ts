import type { InferTypeOf } from "@medusajs/framework/types"
import type { Invitation } from "../../../modules/company/models/invitation"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bInvitations rows (each with its id); compensation writes the previous values back. */
export const updateB2bInvitationsStep = updateRowsStepFor<
  CompanyModuleService,
  {
    id: string
    status?: "pending" | "accepted" | "revoked"
    accepted_at?: Date
    accepted_customer_id?: string
  },
  InferTypeOf<typeof Invitation>
>("company-update-B2bInvitations", COMPANY_MODULE, {
  list: "listB2bInvitations",
  update: "updateB2bInvitations",
})
