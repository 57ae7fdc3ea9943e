import type { InferTypeOf } from "@medusajs/framework/types"
import type { OrderRequestMessage } from "../../../modules/after-sales/models/order-request"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { createRowsStepFor } from "../../common/utils/crud-steps"

/** Creates B2bOrderRequestMessages rows; compensation deletes them. */
export const createB2bOrderRequestMessagesStep = createRowsStepFor<
  AfterSalesModuleService,
  {
    request_id: string
    author_type: "buyer" | "manager"
    author_id: string | null
    text: string
  },
  InferTypeOf<typeof OrderRequestMessage>
>("after_sales-create-B2bOrderRequestMessages", AFTER_SALES_MODULE, {
  create: "createB2bOrderRequestMessages",
  delete: "deleteB2bOrderRequestMessages",
})
