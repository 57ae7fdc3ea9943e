import type { InferTypeOf } from "@medusajs/framework/types"
import type { ManagerAssignment } from "../../../modules/company/models/manager-assignment"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bManagerAssignments rows; compensation deletes them. */
export const createB2bManagerAssignmentsStep = createRowsStepFor<
  CompanyModuleService,
  {
    user_id: string
    kind: "manager" | "assistant" | "executive"
    holding_id?: string | null
    legal_entity_id?: string | null
  },
  InferTypeOf<typeof ManagerAssignment>
>("company-create-B2bManagerAssignments", COMPANY_MODULE, {
  create: "createB2bManagerAssignments",
  delete: "deleteB2bManagerAssignments",
})
