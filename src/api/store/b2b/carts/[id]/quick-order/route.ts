import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { matchQuickOrder, parseQuickOrderFile, parseQuickOrderText, QUICK_ORDER_MAX_ROWS } from "../../../../../../lib/ordering/quick-order"
import { resolveVariantPrices } from "../../../../../../lib/pricing/resolve"
import { addContractPricedItemsWorkflow } from "../../../../../../workflows/pricing-contract/workflows/cart"
import { assertOwnCart, type B2BRequest, requireContext } from "../../../../../utils/b2b-context"
import { cartResponse } from "../../../../../utils/cart-pricing"
import { pricingContextOf } from "../../../../../utils/pricing-context"

/**
 * POST /store/b2b/carts/:id/quick-order — `{ text }` (pasted "SKU qty [unit]" lines or SKUs) or a
 * multipart `file` (.xlsx/.csv from the template, ≤ 5,000 rows). Every row is reported as added,
 * unknown_sku, invalid_quantity or unavailable; all valid rows go into the cart in one workflow.
 */
export async function POST(req: B2BRequest, res: MedusaResponse) {
  requireContext(req)
  await assertOwnCart(req, req.params.id)
  const file = (req as unknown as { file?: { originalname: string; buffer: Buffer } }).file
  const text = typeof (req.body as any)?.text === "string" ? ((req.body as any).text as string) : null
  if (!file && !text?.trim()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "text: paste article numbers and quantities, or upload a file")
  const rows = file ? await parseQuickOrderFile(file.originalname, file.buffer) : parseQuickOrderText(text!)
  if (rows.length > QUICK_ORDER_MAX_ROWS) throw new MedusaError(MedusaError.Types.INVALID_DATA, `text: more than ${QUICK_ORDER_MAX_ROWS} rows`)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["sales_channel_id", "items.variant_id", "items.quantity"], filters: { id: req.params.id } })
  const inCart = new Map<string, number>()
  for (const it of ((data[0] as any)?.items ?? []) as { variant_id: string; quantity: number }[]) inCart.set(it.variant_id, (inCart.get(it.variant_id) ?? 0) + Number(it.quantity))

  const results = await matchQuickOrder(req.scope, rows, inCart)
  const context = pricingContextOf(req)
  const candidates = [...new Set(results.filter((r) => r.status === "added").map((r) => r.variant_id!))]
  const prices = new Map((await resolveVariantPrices(req.scope, context, candidates)).map((p) => [p.variant_id, p]))
  for (const r of results) {
    if (r.status !== "added") continue
    const p = prices.get(r.variant_id!)
    if (!p || p.amount === null) {
      r.status = "unavailable"
      r.message = p?.hidden ? "not available to your company" : "no price for your company"
    }
  }
  // stock: a line that the warehouses of the cart's sales channel cannot cover is reported, not added
  const stockChecked = [...new Set(results.filter((r) => r.status === "added").map((r) => r.variant_id!))]
  if (stockChecked.length && (data[0] as any)?.sales_channel_id) {
    const { data: vs } = await query.graph({ entity: "product_variant", fields: ["id", "manage_inventory", "allow_backorder"], filters: { id: stockChecked } })
    const tracked = (vs as { id: string; manage_inventory: boolean; allow_backorder: boolean }[]).filter((v) => v.manage_inventory && !v.allow_backorder).map((v) => v.id)
    const availability = tracked.length ? await getVariantAvailability(query, { variant_ids: tracked, sales_channel_id: (data[0] as any).sales_channel_id }) : {}
    const wanted = new Map<string, number>()
    for (const r of results) {
      if (r.status !== "added" || !(r.variant_id! in availability)) continue
      const have = Number(availability[r.variant_id!].availability ?? 0)
      const total = (wanted.get(r.variant_id!) ?? inCart.get(r.variant_id!) ?? 0) + r.quantity!
      if (total > have) {
        r.status = "unavailable"
        r.message = `only ${have} in stock`
      } else wanted.set(r.variant_id!, total)
    }
  }
  const perVariant = new Map<string, number>()
  for (const r of results) if (r.status === "added") perVariant.set(r.variant_id!, (perVariant.get(r.variant_id!) ?? 0) + r.quantity!)
  if (perVariant.size) {
    await addContractPricedItemsWorkflow(req.scope).run({
      input: { cart_id: req.params.id, context, items: [...perVariant].map(([variant_id, quantity]) => ({ variant_id, quantity })) },
    })
  }
  const summary = { added: 0, unknown_sku: 0, invalid_quantity: 0, unavailable: 0 }
  for (const r of results) summary[r.status]++
  res.json({ rows: results, summary, cart: await cartResponse(req, req.params.id) })
}
