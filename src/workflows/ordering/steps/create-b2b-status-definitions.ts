import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bStatusDefinitions rows; compensation deletes them. */
export const createB2bStatusDefinitionsStep = createRowsStepFor<
  OrderingModuleService,
  Record<string, unknown>
>("ordering-create-B2bStatusDefinitions", ORDERING_MODULE, {
  create: "createB2bStatusDefinitions",
  delete: "deleteB2bStatusDefinitions",
})
