import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { softDeleteRowsStepFor } from "../../common/utils/crud-steps"

/** Soft-deletes OrdSavedCarts rows by id; compensation restores them. */
export const softDeleteOrdSavedCartsStep = softDeleteRowsStepFor<OrderingModuleService>(
  "ordering-soft-delete-OrdSavedCarts",
  ORDERING_MODULE,
  { softDelete: "softDeleteOrdSavedCarts", restore: "restoreOrdSavedCarts" }
)
