import { MedusaService } from "@medusajs/framework/utils"
import { OrderState, OrderStatus, ProductTerms, SavedCart } from "./models"
import { rememberStatuses, type B2bState, type B2bStatus } from "./order-statuses"
import { DEFAULT_TERMS, type Terms } from "./rules"

class OrderingModuleService extends MedusaService({
  OrdProductTerms: ProductTerms,
  OrdSavedCart: SavedCart,
  B2bStatusDefinition: OrderStatus,
  B2bOrderState: OrderState,
}) {
  /** Terms per variant (variant-specific terms override the product's), one query. */
  async termsFor(pairs: { variant_id: string; product_id: string }[]): Promise<Map<string, Terms>> {
    const out = new Map<string, Terms>()
    if (!pairs.length) return out
    const rows = await this.listOrdProductTerms(
      { product_id: [...new Set(pairs.map((p) => p.product_id))] },
      { take: null }
    )
    const byProduct = new Map<string, any>()
    const byVariant = new Map<string, any>()
    for (const r of rows)
      r.variant_id ? byVariant.set(r.variant_id, r) : byProduct.set(r.product_id, r)
    for (const p of pairs) {
      const r = byVariant.get(p.variant_id) ?? byProduct.get(p.product_id)
      out.set(
        p.variant_id,
        r
          ? {
              min_quantity: Number(r.min_quantity ?? 1),
              multiple: Number(r.multiple ?? 1),
              base_unit: r.base_unit ?? "шт",
              units: (r.units as Terms["units"]) ?? [],
            }
          : DEFAULT_TERMS
      )
    }
    return out
  }

  /** The configured statuses, sorted; refreshes the in-process cache (cachedStatuses). */
  async listStatuses(): Promise<B2bStatus[]> {
    const rows = (await this.listB2bStatusDefinitions(
      {},
      { take: null, order: { sort: "ASC", code: "ASC" } }
    )) as B2bStatus[]
    rememberStatuses(rows)
    return rows
  }

  /** Current B2B states of these orders by order id (one query). */
  async statesByOrder(orderIds: string[]): Promise<Map<string, B2bState>> {
    if (!orderIds.length) return new Map()
    const rows = (await this.listB2bOrderStates(
      { order_id: orderIds },
      { take: null }
    )) as B2bState[]
    return new Map(rows.map((r) => [r.order_id, r]))
  }
}

export default OrderingModuleService
