import type { InferTypeOf } from "@medusajs/framework/types"
import type { Employee } from "../../../modules/company/models/employee"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bEmployees rows (each with its id); compensation writes the previous values back. */
export const updateB2bEmployeesStep = updateRowsStepFor<
  CompanyModuleService,
  {
    id: string
    role_id?: string
    status?: "active" | "disabled"
    position?: string | null
  },
  InferTypeOf<typeof Employee>
>("company-update-B2bEmployees", COMPANY_MODULE, {
  list: "listB2bEmployees",
  update: "updateB2bEmployees",
})
