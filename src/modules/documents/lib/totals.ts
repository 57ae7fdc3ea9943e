/**
 * The arithmetic behind the documents, in decimal.js: line amounts and VAT of an invoice / UPD and the
 * debit/credit columns of a reconciliation act. Templates only format what these functions return.
 * Results are decimal strings with two decimals ("1234.50").
 */
import Decimal from "decimal.js"
import { amountInWordsRu } from "./amount-in-words"
import { currencyShort, formatDate, formatMoney } from "./format"

/** A private Decimal with enough precision for quantity × price of any realistic order. */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP })
type Dec = InstanceType<typeof D>

const round2 = (d: Dec): Dec => d.toDecimalPlaces(2, D.ROUND_HALF_UP)
const money = (d: Dec): string => d.toFixed(2, D.ROUND_HALF_UP)

function dec(value: string | number, what: string): Dec {
  try {
    const d = new D(typeof value === "string" ? value.trim() : value)
    if (d.isFinite()) return d
  } catch {
    // fall through
  }
  throw new Error(`${what}: not a decimal number: "${String(value)}"`)
}

/** A VAT rate: "22", "10", "0" → the percentage; "", "без НДС", "none" → null (not subject to VAT). */
export function parseVatRate(rate: string): Dec | null {
  const trimmed = rate.trim().replace(/%$/, "").replace(",", ".")
  if (trimmed === "" || /^(без\s*ндс|none|no_vat)$/i.test(trimmed)) return null
  const d = dec(trimmed, "vat_rate")
  if (d.isNegative()) throw new Error(`vat_rate: negative rate "${rate}"`)
  return d
}

export interface InvoiceLineInput {
  quantity: string | number
  /** Unit price, as printed in the "Цена" column. */
  price: string
  /** Percent: "22", "10", "0"; "" or "без НДС" for goods not subject to VAT. */
  vat_rate: string
  /** Whether `price` already includes VAT (the usual B2B price list case). Default true. */
  prices_include_vat?: boolean
}

export interface InvoiceLineAmounts {
  /** quantity × price, rounded: the invoice's "Сумма" column (with VAT when prices include it). */
  amount: string
  /** The line without VAT ("Стоимость без налога" of a UPD). */
  net_amount: string
  vat_amount: string
  /** The line with VAT ("Стоимость с налогом"). */
  total_amount: string
  /** Unit price without VAT (net_amount / quantity, rounded), the UPD's "Цена (тариф)". */
  price_net: string
}

export type InvoiceLineWithAmounts<L> = Omit<L, keyof InvoiceLineAmounts> & InvoiceLineAmounts

export interface InvoiceTotals<L> {
  lines: InvoiceLineWithAmounts<L>[]
  /** Σ net_amount. */
  net_total: string
  /** Σ vat_amount: VAT is rounded per line, so the total is the sum of the printed line figures. */
  vat_total: string
  /** Σ total_amount: what the buyer pays. */
  total: string
  /** True when every line's price includes VAT: the invoice then says "В том числе НДС". */
  prices_include_vat: boolean
}

/**
 * Per-line amounts and totals. VAT is computed per line and rounded half-up to kopeks:
 * included in the price → vat = amount × rate / (100 + rate); on top of the price → vat = amount × rate / 100.
 * Extra fields of the lines (title, sku, unit…) are passed through, so the result feeds a template directly.
 */
export function invoiceTotals<L extends InvoiceLineInput>(lines: readonly L[]): InvoiceTotals<L> {
  let net = new D(0)
  let vat = new D(0)
  let gross = new D(0)
  const out = lines.map((line, i) => {
    const quantity = dec(line.quantity, `lines[${i}].quantity`)
    const price = dec(line.price, `lines[${i}].price`)
    const rate = parseVatRate(line.vat_rate)
    const included = line.prices_include_vat !== false

    const amount = round2(quantity.times(price))
    let lineVat = new D(0)
    if (rate) lineVat = round2(included ? amount.times(rate).div(rate.plus(100)) : amount.times(rate).div(100))
    const lineNet = included ? amount.minus(lineVat) : amount
    const lineGross = included ? amount : amount.plus(lineVat)
    const priceNet = !included || !rate ? price : quantity.isZero() ? new D(0) : lineNet.div(quantity)

    net = net.plus(lineNet)
    vat = vat.plus(lineVat)
    gross = gross.plus(lineGross)
    return {
      ...line,
      amount: money(amount),
      net_amount: money(lineNet),
      vat_amount: money(lineVat),
      total_amount: money(lineGross),
      price_net: money(priceNet),
    }
  })
  return {
    lines: out,
    net_total: money(net),
    vat_total: money(vat),
    total: money(gross),
    prices_include_vat: lines.every((l) => l.prices_include_vat !== false),
  }
}

export interface DebitCredit {
  /** Blank when the amount sits in the other column. */
  debit: string
  credit: string
}

export interface ActMovementInput {
  date: string
  document: string
  /** Signed, from the supplier's side: + increases what the buyer owes (a shipment), − decreases it (a payment). */
  amount: string
}

export type ActRow<M> = Omit<M, "amount"> & DebitCredit

export interface ActTotals<M> {
  opening: DebitCredit
  rows: ActRow<M>[]
  /** Both columns always filled ("0.00" when there was no movement). */
  turnover: { debit: string; credit: string }
  closing: DebitCredit
  /** Signed closing balance: + the buyer owes the supplier, − the supplier owes the buyer. */
  balance: string
}

/** A signed balance in one of two columns; zero prints as debit "0.00". */
function balanceColumns(balance: Dec): DebitCredit {
  return balance.isNegative() ? { debit: "", credit: money(balance.abs()) } : { debit: money(balance), credit: "" }
}

/**
 * Debit/credit columns of a reconciliation act as the supplier keeps it: the buyer's debts (shipments) are
 * debit, its payments and returns credit. `opening` is the signed balance at the start of the period.
 */
export function actTotals<M extends ActMovementInput>(opening: string, movements: readonly M[]): ActTotals<M> {
  const open = round2(dec(opening, "opening"))
  let debit = new D(0)
  let credit = new D(0)
  const rows = movements.map((mv, i) => {
    const { amount, ...rest } = mv
    const a = round2(dec(amount, `movements[${i}].amount`))
    if (a.isNegative()) credit = credit.plus(a.abs())
    else debit = debit.plus(a)
    const columns = a.isNegative() ? { debit: "", credit: money(a.abs()) } : { debit: money(a), credit: "" }
    return { ...rest, ...columns }
  })
  const balance = open.plus(debit).minus(credit)
  return {
    opening: balanceColumns(open),
    rows,
    turnover: { debit: money(debit), credit: money(credit) },
    closing: balanceColumns(balance),
    balance: money(balance),
  }
}

/**
 * The act's concluding sentence: "На 31.10.2026 задолженность в пользу ООО «Альфа» составляет 12 345,67 руб.
 * (Двенадцать тысяч …)", or "… задолженность отсутствует." for a zero balance.
 */
export function actClosingText(args: {
  balance: string
  supplier: string
  buyer: string
  date: string
  currency?: string
}): string {
  const balance = round2(dec(args.balance, "balance"))
  const on = `На ${formatDate(args.date)}`
  if (balance.isZero()) return `${on} задолженность отсутствует.`
  const creditor = balance.isNegative() ? args.buyer : args.supplier
  const abs = money(balance.abs())
  const sum = `${formatMoney(abs)} ${currencyShort(args.currency)}`
  return `${on} задолженность в пользу ${creditor} составляет ${sum} (${amountInWordsRu(abs, args.currency)}).`
}
