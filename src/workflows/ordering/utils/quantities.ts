import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDERING_MODULE, quantityProblem, type Terms } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"

export type QuantityLine = { variant_id: string; quantity: number }

/** Terms for these variants (product lookup through Query, terms from the ordering module). */
export async function termsForVariants(container: MedusaContainer, variantIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product_id"],
    filters: { id: [...new Set(variantIds)] },
  })
  const variants = data as { id: string; sku: string | null; product_id: string }[]
  const terms = await container
    .resolve<OrderingModuleService>(ORDERING_MODULE)
    .termsFor(variants.map((v) => ({ variant_id: v.id, product_id: v.product_id })))
  return { variants: new Map(variants.map((v) => [v.id, v])), terms }
}

/**
 * Refuses quantities that break MOQ or pack multiples, naming every offending line
 * ("VVG-3x2.5-100: minimum 10 м; KAB-1: multiples of 12 шт"). Lines are final quantities.
 */
export async function assertOrderableQuantities(container: MedusaContainer, lines: QuantityLine[]) {
  if (!lines.length) return
  const { variants, terms } = await termsForVariants(
    container,
    lines.map((l) => l.variant_id)
  )
  const problems: string[] = []
  for (const l of lines) {
    const t = terms.get(l.variant_id) as Terms | undefined
    if (!t) continue
    const p = quantityProblem(t, l.quantity)
    if (p) problems.push(`${variants.get(l.variant_id)?.sku ?? l.variant_id}: ${p}`)
  }
  if (problems.length)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `quantity: ${problems.join("; ")}`)
}
