import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bStatusDefinitions rows (each with its id); compensation writes the previous values back. */
export const updateB2bStatusDefinitionsStep = updateRowsStepFor<
  OrderingModuleService,
  { id: string } & Record<string, unknown>
>("ordering-update-B2bStatusDefinitions", ORDERING_MODULE, {
  list: "listB2bStatusDefinitions",
  update: "updateB2bStatusDefinitions",
})
