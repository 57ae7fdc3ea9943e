/**
 * The templates a fresh installation starts with, one per document type. The documents module seeds them
 * into its template table; `body` is Handlebars (see ../templates.ts for helpers and partials), `css` is
 * complete (shared rules included), so a stored template renders without this file.
 */
import { INVOICE_BODY, INVOICE_CSS } from "./invoice"
import { PRICE_LIST_BODY, PRICE_LIST_CSS } from "./price-list"
import { RECONCILIATION_ACT_BODY, RECONCILIATION_ACT_CSS } from "./reconciliation-act"
import { UPD_BODY, UPD_CSS } from "./upd"

export type DocumentType = "invoice" | "upd" | "reconciliation_act" | "price_list"

export interface DefaultTemplate {
  type: DocumentType
  locale: "ru"
  name: string
  body: string
  css: string
}

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  { type: "invoice", locale: "ru", name: "Счёт на оплату", body: INVOICE_BODY, css: INVOICE_CSS },
  {
    type: "upd",
    locale: "ru",
    name: "Универсальный передаточный документ (статус 1)",
    body: UPD_BODY,
    css: UPD_CSS,
  },
  {
    type: "reconciliation_act",
    locale: "ru",
    name: "Акт сверки взаимных расчётов",
    body: RECONCILIATION_ACT_BODY,
    css: RECONCILIATION_ACT_CSS,
  },
  {
    type: "price_list",
    locale: "ru",
    name: "Прайс-лист",
    body: PRICE_LIST_BODY,
    css: PRICE_LIST_CSS,
  },
]

/** The default template of a type (throws for an unknown type, which would be a programming error). */
export function defaultTemplate(type: DocumentType): DefaultTemplate {
  const found = DEFAULT_TEMPLATES.find((t) => t.type === type)
  if (!found) throw new Error(`no default template for document type "${type}"`)
  return found
}
