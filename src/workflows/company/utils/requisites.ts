import { updateCompanyRowsStep } from "../steps/crud"

export const updateChanges = updateCompanyRowsStep<{ id: string } & Record<string, unknown>>(
  "B2bRequisitesChanges"
)
