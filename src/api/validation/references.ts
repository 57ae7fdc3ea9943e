import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One id a body refers to: the field that carries it (as the 400 names it) and what it must be. */
export type Reference = {
  field: string
  entity: string
  id: string | null | undefined
  label?: string
}

const LABELS: Record<string, string> = {
  b2b_legal_entity: "legal entity",
  b2b_holding: "holding",
  b2b_seller_organization: "seller organization",
  product: "product",
  product_variant: "product variant",
  product_category: "product category",
  pc_price_type: "price type",
  pc_price_list: "price list",
  pc_agreement: "agreement",
  b2b_role: "role",
  customer: "customer",
  user: "user",
  stock_location: "stock location",
  order: "order",
  doc_document: "document",
}

/**
 * Every referenced id must exist before anything is written: one Query call per entity, a 400
 * naming the first missing field ("prices[3].price_type_id: price type pctype_x does not exist").
 */
export async function assertReferencesExist(container: MedusaContainer, refs: Reference[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const byEntity = new Map<string, Reference[]>()
  for (const r of refs) {
    if (typeof r.id !== "string" || !r.id) continue
    byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r])
  }
  for (const [entity, list] of byEntity) {
    const ids = [...new Set(list.map((r) => r.id as string))]
    const found = new Set<string>()
    for (let i = 0; i < ids.length; i += 1000) {
      const { data } = await query.graph({
        entity,
        fields: ["id"],
        filters: { id: ids.slice(i, i + 1000) },
      })
      for (const row of data as { id: string }[]) found.add(row.id)
    }
    const missing = list.find((r) => !found.has(r.id as string))
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${missing.field}: ${missing.label ?? LABELS[entity] ?? entity} ${missing.id} does not exist`
      )
    }
  }
}
