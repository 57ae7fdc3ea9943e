import { MedusaService } from "@medusajs/framework/utils"
import { OrderRequest, OrderRequestMessage } from "./models"

class AfterSalesModuleService extends MedusaService({
  B2bOrderRequest: OrderRequest,
  B2bOrderRequestMessage: OrderRequestMessage,
}) {}

export default AfterSalesModuleService
