import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { cartResponse } from "../../workflows/pricing-contract/utils/cart-views"
import {
  addContractPricedLinesWorkflow,
  removeContractPricedItemWorkflow,
  repriceCartWorkflow,
  updateContractPricedItemWorkflow,
} from "../../workflows/pricing-contract"
import { PRICING_CONTRACT_MODULE } from "../../modules/pricing-contract"
import type PricingContractModuleService from "../../modules/pricing-contract/service"
import type { B2BRequest } from "./b2b-context"
import { pricingContextOf } from "./pricing-context"
import { parseOrThrow } from "./zod-error"

const AddItem = z.object({
  variant_id: z.string().min(1),
  quantity: z.number().int().min(1),
  metadata: z.record(z.string(), z.unknown()).optional(),
})
const UpdateItem = z.object({
  quantity: z.number().int().min(0),
  metadata: z.record(z.string(), z.unknown()).optional(),
})

/**
 * For company members, Medusa's own add-to-cart, change-quantity and remove-line routes price lines
 * with the contract engine instead of Medusa's price lists: same URLs, same response shapes
 * ({ cart }; on removal { id, object, deleted, parent }). Each prices only the variant it touches
 * (the whole cart when it is stale or a cart-total rule applies) and reads only that line before the
 * answer, so its cost does not grow with the cart. Guests fall through to Medusa unchanged.
 */
export async function contractPricedLineItems(
  req: B2BRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    if (!req.b2b) return next()
    const cartId = req.params.id
    const lineId = (req.params as Record<string, string>).line_id
    const context = pricingContextOf(req)
    // a client that asks for less (the js-sdk's `fields`, validated by Medusa's route config) gets
    // less: `fields=id,total` answers without the lines, which on a 500-line cart cost most of the time
    const asked = req.query?.fields ? req.queryConfig?.fields : undefined
    const answer = () => cartResponse(req.scope, cartId, asked?.length ? asked : undefined)
    const remove = async () => {
      await removeContractPricedItemWorkflow(req.scope).run({
        input: { cart_id: cartId, item_id: lineId, context },
      })
      res.json({
        id: lineId,
        object: "line-item",
        deleted: true,
        parent: await answer(),
      })
    }
    if (req.method === "POST" && !lineId) {
      const body = parseOrThrow(AddItem, req.body)
      await addContractPricedLinesWorkflow(req.scope).run({
        input: { cart_id: cartId, context, items: [body], single: true },
      })
    } else if (req.method === "POST" && lineId) {
      const body = parseOrThrow(UpdateItem, req.body)
      if (body.quantity === 0) return await remove()
      await updateContractPricedItemWorkflow(req.scope).run({
        input: { cart_id: cartId, item_id: lineId, quantity: body.quantity, context },
      })
    } else if (req.method === "DELETE" && lineId) {
      return await remove()
    } else {
      return next()
    }
    res.json({ cart: await answer() })
  } catch (e) {
    next(e)
  }
}

/**
 * A member's cart priced under an older pricing version (rules, prices, rates changed since) is
 * re-priced before it is shown or checked out, so an order never carries outdated prices.
 */
export async function repriceIfStale(
  req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    if (!req.b2b || !req.params.id) return next()
    // the cart's own row and whether it has a line: a 500-line cart's lines are not loaded here
    const cartModule = req.scope.resolve<ICartModuleService>(Modules.CART)
    const [carts, lines, version] = await Promise.all([
      cartModule.listCarts({ id: req.params.id }, { select: ["id", "metadata", "completed_at"] }),
      cartModule.listLineItems({ cart_id: req.params.id }, { select: ["id"], take: 1 }),
      req.scope.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE).currentVersion(),
    ])
    const cart = carts[0]
    if (!cart || cart.completed_at || !lines.length) return next()
    // at checkout every line is priced again, strictly: a line hidden since it was added (or a cart
    // created with items, never priced by the engine) cannot slip through at an old or catalog price
    const checkout = req.method === "POST" && req.path.endsWith("/complete")
    if (checkout || cart.metadata?.b2b_pricing_version !== version) {
      await repriceCartWorkflow(req.scope).run({
        input: { cart_id: req.params.id, context: pricingContextOf(req), strict: checkout },
      })
    }
    next()
  } catch (e) {
    next(e)
  }
}
