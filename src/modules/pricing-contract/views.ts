import type { ResolvedPrice } from "./engine/types"

/** What a buyer is shown of a resolved price: amount, currency, the kind of source and whether it includes VAT. */
export const publicPrice = (p: ResolvedPrice) => ({
  amount: p.amount,
  currency_code: p.currency_code,
  source: p.provenance?.source ?? null,
  vat_included: p.provenance?.vat_included !== false,
})
