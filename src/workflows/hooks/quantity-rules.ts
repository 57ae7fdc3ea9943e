import { addToCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertOrderableQuantities } from "../ordering/utils/quantities"

/**
 * MOQ and pack multiples hold on every path into a cart (Medusa's own routes, quick order, reorder):
 * the resulting line quantity (what is already in the cart plus what is added) must be orderable.
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const inCart = new Map<string, number>()
  for (const it of (cart?.items ?? []) as {
    variant_id?: string | null
    quantity: number
  }[]) {
    if (it.variant_id)
      inCart.set(it.variant_id, (inCart.get(it.variant_id) ?? 0) + Number(it.quantity))
  }
  const totals = new Map<string, number>()
  for (const it of input.items ?? []) {
    if (!it.variant_id) continue
    totals.set(
      it.variant_id,
      (totals.get(it.variant_id) ?? inCart.get(it.variant_id) ?? 0) + Number(it.quantity)
    )
  }
  await assertOrderableQuantities(
    container,
    [...totals].map(([variant_id, quantity]) => ({ variant_id, quantity }))
  )
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const item = (cart?.items ?? []).find((i: { id: string }) => i.id === input.item_id)
  const variantId = item?.variant_id as string | undefined
  const quantity = Number(input.update?.quantity)
  if (variantId && Number.isFinite(quantity) && quantity > 0)
    await assertOrderableQuantities(container, [{ variant_id: variantId, quantity }])
})
