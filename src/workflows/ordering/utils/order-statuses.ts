import { ORDERING_MODULE } from "../../../modules/ordering"
import { updateRowsStep } from "../../common/steps/crud"

export const updateStatuses = updateRowsStep<{ id: string } & Record<string, unknown>>(
  ORDERING_MODULE,
  "B2bStatusDefinitions"
)
