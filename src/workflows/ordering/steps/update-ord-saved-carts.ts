import type { SavedCartRow } from "../../../modules/ordering/models/saved-cart"
import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates OrdSavedCarts rows (each with its id); compensation writes the previous values back. */
export const updateOrdSavedCartsStep = updateRowsStepFor<
  OrderingModuleService,
  { id: string } & Record<string, unknown>,
  SavedCartRow
>("ordering-update-OrdSavedCarts", ORDERING_MODULE, {
  list: "listOrdSavedCarts",
  update: "updateOrdSavedCarts",
})
