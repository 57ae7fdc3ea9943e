import type { OrderRequestRow } from "../../../modules/after-sales/models/order-request"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bOrderRequests rows; compensation deletes them. */
export const createB2bOrderRequestsStep = createRowsStepFor<
  AfterSalesModuleService,
  Record<string, unknown>,
  OrderRequestRow
>("after_sales-create-B2bOrderRequests", AFTER_SALES_MODULE, {
  create: "createB2bOrderRequests",
  delete: "deleteB2bOrderRequests",
})
