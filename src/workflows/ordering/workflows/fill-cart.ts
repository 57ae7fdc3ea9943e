import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { addContractPricedLinesWorkflow } from "../../pricing-contract"
import { prepareCartFillStep, type PrepareCartFillInput } from "../steps/prepare-cart-fill"

export type { FillSummary } from "../steps/prepare-cart-fill"
export type FillCartInput = PrepareCartFillInput

/**
 * The one path by which lists of lines enter a cart (quick order, saved carts, templates, repeat
 * order): match articles, check terms, personal prices and stock, then add every good line in one
 * workflow at today's contract prices. Every input row comes back with its status.
 */
export const fillCartWorkflow = createWorkflow("ordering-fill-cart", (input: FillCartInput) => {
  const prepared = prepareCartFillStep(input)
  when({ prepared }, ({ prepared }) => prepared.items.length > 0).then(() => {
    addContractPricedLinesWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        cart_id: input.cart_id,
        context: input.context,
        items: prepared.items,
        presolved: prepared.presolved,
      })),
    })
  })
  return new WorkflowResponse(
    transform({ prepared }, ({ prepared }) => ({ rows: prepared.rows, summary: prepared.summary }))
  )
})
