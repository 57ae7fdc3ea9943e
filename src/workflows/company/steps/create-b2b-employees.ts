import type { InferTypeOf } from "@medusajs/framework/types"
import type { Employee } from "../../../modules/company/models/employee"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bEmployees rows; compensation deletes them. */
export const createB2bEmployeesStep = createRowsStepFor<
  CompanyModuleService,
  {
    customer_id: string
    legal_entity_id: string
    role_id: string
    position?: string | null
  },
  InferTypeOf<typeof Employee>
>("company-create-B2bEmployees", COMPANY_MODULE, {
  create: "createB2bEmployees",
  delete: "deleteB2bEmployees",
})
