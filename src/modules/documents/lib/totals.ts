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

export interface LineMoneyInput {
  /** Unit price as charged (decimal string or number), in the price type's VAT terms. */
  unit_price: string | number
  quantity: string | number
  /** Percent ("22", 10, "0"); null, "" or "без НДС" for goods not subject to VAT. */
  vat_rate: string | number | null | undefined
  /** Whether `unit_price` includes VAT (a VAT-inclusive price type). */
  vat_included: boolean
}

/** A line's money in integer minor units (kopecks). net + vat = gross, always. */
export interface LineMoney {
  /** quantity × unit price, rounded half-up to the kopeck: the "Сумма" as priced. */
  amount: number
  net: number
  vat: number
  gross: number
  /** The rate applied (percent, decimal string) or null when not subject to VAT. */
  rate: string | null
}

const toMinor = (d: Dec): number => {
  const n = d.times(100).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber()
  if (!Number.isSafeInteger(n)) throw new Error(`amount out of range: ${d.toString()}`)
  return n
}

/**
 * THE money rule of the portal — carts, orders, credit, documents and the 1C export all go through it.
 * amount = round(quantity × unit price) to the kopeck; VAT per line, rounded half-up to the kopeck:
 * included in the price → vat = amount × rate / (100 + rate), net = amount − vat, gross = amount;
 * on top of the price → vat = amount × rate / 100, net = amount, gross = amount + vat.
 */
export function lineMoney(input: LineMoneyInput, what = "line"): LineMoney {
  const quantity = dec(input.quantity, `${what}.quantity`)
  const price = dec(input.unit_price as string | number, `${what}.price`)
  const rate =
    input.vat_rate === null || input.vat_rate === undefined
      ? null
      : parseVatRate(String(input.vat_rate))
  const amount = round2(quantity.times(price))
  let vat = new D(0)
  if (rate)
    vat = round2(
      input.vat_included ? amount.times(rate).div(rate.plus(100)) : amount.times(rate).div(100)
    )
  const net = input.vat_included ? amount.minus(vat) : amount
  const gross = input.vat_included ? amount : amount.plus(vat)
  return {
    amount: toMinor(amount),
    net: toMinor(net),
    vat: toMinor(vat),
    gross: toMinor(gross),
    rate: rate ? rate.toString() : null,
  }
}

/** Kopecks → "1234.50". */
export function minorToString(minor: number): string {
  const neg = minor < 0
  const s = String(Math.abs(minor)).padStart(3, "0")
  return `${neg ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`
}

/**
 * Per-line amounts and totals, each line through lineMoney (VAT per line, rounded half-up to kopeks).
 * Extra fields of the lines (title, sku, unit…) are passed through, so the result feeds a template directly.
 */
export function invoiceTotals<L extends InvoiceLineInput>(lines: readonly L[]): InvoiceTotals<L> {
  let net = 0
  let vat = 0
  let gross = 0
  const out = lines.map((line, i) => {
    const included = line.prices_include_vat !== false
    const m = lineMoney(
      {
        unit_price: line.price,
        quantity: line.quantity,
        vat_rate: line.vat_rate,
        vat_included: included,
      },
      `lines[${i}]`
    )
    const quantity = dec(line.quantity, `lines[${i}].quantity`)
    const price = dec(line.price, `lines[${i}].price`)
    const priceNet =
      !included || !m.rate
        ? price
        : quantity.isZero()
          ? new D(0)
          : new D(m.net).div(100).div(quantity)

    net += m.net
    vat += m.vat
    gross += m.gross
    return {
      ...line,
      amount: minorToString(m.amount),
      net_amount: minorToString(m.net),
      vat_amount: minorToString(m.vat),
      total_amount: minorToString(m.gross),
      price_net: money(priceNet),
    }
  })
  return {
    lines: out,
    net_total: minorToString(net),
    vat_total: minorToString(vat),
    total: minorToString(gross),
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
  return balance.isNegative()
    ? { debit: "", credit: money(balance.abs()) }
    : { debit: money(balance), credit: "" }
}

/**
 * Debit/credit columns of a reconciliation act as the supplier keeps it: the buyer's debts (shipments) are
 * debit, its payments and returns credit. `opening` is the signed balance at the start of the period.
 */
export function actTotals<M extends ActMovementInput>(
  opening: string,
  movements: readonly M[]
): ActTotals<M> {
  const open = round2(dec(opening, "opening"))
  let debit = new D(0)
  let credit = new D(0)
  const rows = movements.map((mv, i) => {
    const { amount, ...rest } = mv
    const a = round2(dec(amount, `movements[${i}].amount`))
    if (a.isNegative()) credit = credit.plus(a.abs())
    else debit = debit.plus(a)
    const columns = a.isNegative()
      ? { debit: "", credit: money(a.abs()) }
      : { debit: money(a), credit: "" }
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
