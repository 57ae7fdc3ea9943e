import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { assignSplitShippingStep } from "../steps/assign-split-shipping"
import { completeSplitCartsStep } from "../steps/complete-split-carts"
import { linkSplitSiblingsStep } from "../steps/link-split-siblings"
import { planPlacementStep } from "../steps/plan-placement"
import { type PlaceOrderInput } from "../utils/place-order"
import { prepareSplitCartsStep } from "../steps/prepare-split-carts"

/**
 * Places a B2B cart as one or more orders (B2B_ORDER_SPLIT, B2B_ORDER_SPLIT_MODE): plans the
 * split without writing anything (bad input such as a past preorder_date is refused here), makes
 * one cart per order (sibling carts at the same unit prices), gives each the delivery method of
 * the warehouse(s) it ships from (each order pays its own warehouse's delivery), completes each through Medusa's
 * completeCartWorkflow (credit check and stock reservation per order) and tells the orders their
 * siblings. Any failure undoes what was done: placed orders are cancelled, sibling carts deleted,
 * the cart restored. One placement per cart at a time (lock).
 */
export const placeB2BOrderWorkflow = createWorkflow(
  "ordering-place-b2b-order",
  (input: PlaceOrderInput) => {
    const lockKey = transform({ input }, ({ input }) => `b2b-place:${input.cart_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const placement = planPlacementStep(input)
    const prepared = prepareSplitCartsStep(placement)
    assignSplitShippingStep(
      transform({ prepared, placement }, ({ prepared, placement }) => ({
        placement,
        cart_ids: prepared.cart_ids,
      }))
    )
    const completed = completeSplitCartsStep(prepared)
    const orders = linkSplitSiblingsStep(
      transform({ completed, placement }, ({ completed, placement }) => ({
        order_ids: completed.order_ids,
        placement,
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ orders, placement }, ({ orders, placement }) => ({
        group_id: placement.placement_id,
        mode: placement.mode,
        split: placement.split,
        orders,
      }))
    )
  }
)
