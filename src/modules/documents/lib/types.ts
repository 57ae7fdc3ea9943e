/**
 * The data the default templates expect. Amounts are decimal strings ("1234.50") computed by the caller
 * (see totals.ts); dates are ISO strings ("2026-11-25" or a timestamp). Templates only format them.
 */

/** A party of a document with its Russian requisites. */
export interface Party {
  name: string
  inn: string
  kpp?: string
  address?: string
  bank_name?: string
  bik?: string
  /** Расчётный счёт. */
  account?: string
  /** Корреспондентский счёт of the bank. */
  corr_account?: string
  /** Position of the person who signs ("Генеральный директор"); "Руководитель" when absent. */
  director_position?: string
  director?: string
  accountant?: string
}

export interface Agreement {
  number: string
  date?: string
}

export interface InvoiceLine {
  title: string
  sku?: string
  quantity: string | number
  unit: string
  price: string
  /** Percent ("22"), or "" / "без НДС". */
  vat_rate: string
  vat_amount: string
  /** quantity × price. */
  amount: string
}

export interface InvoiceData {
  number: string
  date: string
  supplier: Party
  buyer: Party
  agreement?: Agreement
  lines: InvoiceLine[]
  /** What the buyer pays (with VAT). */
  total: string
  vat_total: string
  /** Needed only when prices exclude VAT: the "Итого" row then shows the sum without VAT. */
  net_total?: string
  /** Default (absent) is true: the invoice says "В том числе НДС". */
  prices_include_vat?: boolean
  currency: string
  /** Free text printed under the amount in words (payment terms and the like). */
  notes?: string
}

export interface UpdLine {
  title: string
  sku?: string
  /** OKEI code of the unit ("796" for шт). */
  unit_code?: string
  unit: string
  quantity: string | number
  /** Unit price without VAT. */
  price_net: string
  net_amount: string
  vat_rate: string
  vat_amount: string
  total_amount: string
  country_code?: string
  country_name?: string
  /** Customs declaration or traceability batch number. */
  customs_declaration?: string
}

export interface UpdData {
  number: string
  date: string
  supplier: Party
  buyer: Party
  /** "он же" (the supplier) when absent. */
  shipper?: Party
  /** The buyer when absent. */
  consignee?: Party
  agreement?: Agreement
  shipment_number?: string
  shipment_date?: string
  payment_documents?: { number: string; date: string }[]
  lines: UpdLine[]
  net_total: string
  vat_total: string
  total: string
  currency: string
}

export interface DebitCreditColumns {
  debit: string
  credit: string
}

export interface ReconciliationActData {
  number: string
  date: string
  period_from: string
  period_to: string
  supplier: Party
  buyer: Party
  agreement?: Agreement
  opening: DebitCreditColumns
  rows: (DebitCreditColumns & { date: string; document: string })[]
  turnover: DebitCreditColumns
  closing: DebitCreditColumns
  /** "На 31.10.2026 задолженность в пользу … составляет …" (see actClosingText). */
  closing_text: string
}
