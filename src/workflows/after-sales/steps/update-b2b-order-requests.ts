import type { OrderRequestRow } from "../../../modules/after-sales/models/order-request"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates B2bOrderRequests rows (each with its id); compensation writes the previous values back. */
export const updateB2bOrderRequestsStep = updateRowsStepFor<
  AfterSalesModuleService,
  { id: string } & Record<string, unknown>,
  OrderRequestRow
>("after_sales-update-B2bOrderRequests", AFTER_SALES_MODULE, {
  list: "listB2bOrderRequests",
  update: "updateB2bOrderRequests",
})
