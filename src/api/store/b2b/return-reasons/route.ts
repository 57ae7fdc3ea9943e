import type { MedusaResponse } from "@medusajs/framework/http"
import { reasonTree } from "../../../../modules/after-sales"
import { listReturnReasons } from "../../../../workflows/after-sales/utils/return-reasons"
import type { B2BRequest } from "../../../utils/b2b-context"
import type { StoreReturnReasonsResponse } from "../../../../types/after-sales/http"

/** GET /store/b2b/return-reasons: Medusa's return reasons as a tree; only leaves can be chosen. */
export async function GET(req: B2BRequest, res: MedusaResponse<StoreReturnReasonsResponse>) {
  res.json({ return_reasons: reasonTree(await listReturnReasons(req.scope)) })
}
