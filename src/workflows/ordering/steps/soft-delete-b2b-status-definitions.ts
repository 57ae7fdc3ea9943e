import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { softDeleteRowsStepFor } from "../../common/utils/crud-steps"

/** Soft-deletes B2bStatusDefinitions rows by id; compensation restores them. */
export const softDeleteB2bStatusDefinitionsStep = softDeleteRowsStepFor<OrderingModuleService>(
  "ordering-soft-delete-B2bStatusDefinitions",
  ORDERING_MODULE,
  { softDelete: "softDeleteB2bStatusDefinitions", restore: "restoreB2bStatusDefinitions" }
)
