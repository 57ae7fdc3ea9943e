import type { SavedCartRow } from "../../../modules/ordering/models/saved-cart"
import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates OrdSavedCarts rows; compensation deletes them. */
export const createOrdSavedCartsStep = createRowsStepFor<
  OrderingModuleService,
  Record<string, unknown>,
  SavedCartRow
>("ordering-create-OrdSavedCarts", ORDERING_MODULE, {
  create: "createOrdSavedCarts",
  delete: "deleteOrdSavedCarts",
})
