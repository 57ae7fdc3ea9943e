/**
 * Amounts in Russian words ("сумма прописью") as printed on invoices, UPDs and acts:
 * "1234.56" → "Одна тысяча двести тридцать четыре рубля 56 копеек".
 *
 * The integer part is spelled out with the grammatical gender of its noun (одна тысяча, два миллиона,
 * один рубль, одна копейка) and every noun takes the plural form its number asks for; the fraction is
 * printed as two digits, as accounting documents do.
 */
import Decimal from "decimal.js"

type Gender = "m" | "f"
/** The three Russian plural forms: for 1 (21, 101…), for 2–4 (22…), for 0, 5–20 (25…). */
export type PluralForms = readonly [one: string, few: string, many: string]

export interface Noun {
  gender: Gender
  forms: PluralForms
}

interface CurrencyNouns {
  major: Noun
  minor: Noun
}

const m = (one: string, few: string, many: string): Noun => ({
  gender: "m",
  forms: [one, few, many],
})
const f = (one: string, few: string, many: string): Noun => ({
  gender: "f",
  forms: [one, few, many],
})

const CURRENCIES: Record<string, CurrencyNouns> = {
  RUB: { major: m("рубль", "рубля", "рублей"), minor: f("копейка", "копейки", "копеек") },
  USD: {
    major: m("доллар США", "доллара США", "долларов США"),
    minor: m("цент", "цента", "центов"),
  },
  // "евро" does not decline; it is neuter, but numerals agree with it like a masculine noun (один евро).
  EUR: { major: m("евро", "евро", "евро"), minor: m("евроцент", "евроцента", "евроцентов") },
  CNY: {
    major: m("китайский юань", "китайских юаня", "китайских юаней"),
    minor: m("фэнь", "фэня", "фэней"),
  },
}

const UNITS: Record<Gender, readonly string[]> = {
  m: ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
  f: ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
const TEENS = [
  "десять",
  "одиннадцать",
  "двенадцать",
  "тринадцать",
  "четырнадцать",
  "пятнадцать",
  "шестнадцать",
  "семнадцать",
  "восемнадцать",
  "девятнадцать",
]
const TENS = [
  "",
  "",
  "двадцать",
  "тридцать",
  "сорок",
  "пятьдесят",
  "шестьдесят",
  "семьдесят",
  "восемьдесят",
  "девяносто",
]
const HUNDREDS = [
  "",
  "сто",
  "двести",
  "триста",
  "четыреста",
  "пятьсот",
  "шестьсот",
  "семьсот",
  "восемьсот",
  "девятьсот",
]

/** Groups of three digits above the units, lowest first. */
const SCALES: readonly Noun[] = [
  f("тысяча", "тысячи", "тысяч"),
  m("миллион", "миллиона", "миллионов"),
  m("миллиард", "миллиарда", "миллиардов"),
]
/** 999 999 999 999.99 — "up to billions". */
const MAX_INTEGER_DIGITS = 3 * (SCALES.length + 1)

/** Picks the plural form of a noun for a non-negative integer. */
export function pluralRu(n: number, forms: PluralForms): string {
  const lastTwo = n % 100
  const last = n % 10
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2]
  if (last === 1) return forms[0]
  if (last >= 2 && last <= 4) return forms[1]
  return forms[2]
}

/** Words for 1..999 in the given gender; empty for 0. */
function triadWords(n: number, gender: Gender): string[] {
  const words = [HUNDREDS[Math.floor(n / 100)]]
  const rest = n % 100
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10])
  else words.push(TENS[Math.floor(rest / 10)], UNITS[gender][rest % 10])
  return words.filter(Boolean)
}

/** Spells a non-negative integer (given as a digit string) with its noun: "двадцать один рубль". */
export function integerInWordsRu(digits: string, noun: Noun): string {
  const clean = digits.replace(/^0+(?=\d)/, "")
  if (!/^\d+$/.test(clean))
    throw new Error(`integerInWordsRu: not a non-negative integer: "${digits}"`)
  if (clean.length > MAX_INTEGER_DIGITS)
    throw new Error(`integerInWordsRu: ${digits} is beyond billions`)
  if (clean === "0") return `ноль ${noun.forms[2]}`

  // Split into triads from the right: "1234567" → [567, 234, 1].
  const triads: number[] = []
  for (let end = clean.length; end > 0; end -= 3)
    triads.push(Number(clean.slice(Math.max(0, end - 3), end)))

  const words: string[] = []
  for (let i = triads.length - 1; i >= 1; i--) {
    const value = triads[i]
    if (value === 0) continue
    const scale = SCALES[i - 1]
    words.push(...triadWords(value, scale.gender), pluralRu(value, scale.forms))
  }
  words.push(...triadWords(triads[0], noun.gender), pluralRu(triads[0], noun.forms))
  return words.join(" ")
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("ru-RU") + s.slice(1)

/**
 * "1234.56" → "Одна тысяча двести тридцать четыре рубля 56 копеек". The amount is rounded half-up to
 * two decimals first. Negative amounts start with "Минус". Known currencies: RUB, USD, EUR, CNY; any other
 * ISO code is printed after the spelled number with the fraction as "NN/100".
 */
export function amountInWordsRu(amount: string, currency = "RUB"): string {
  let value: Decimal
  try {
    value = new Decimal(amount.trim())
  } catch {
    throw new Error(`amountInWordsRu: not a decimal amount: "${amount}"`)
  }
  if (!value.isFinite()) throw new Error(`amountInWordsRu: not a finite amount: "${amount}"`)

  const fixed = value.abs().toFixed(2, Decimal.ROUND_HALF_UP)
  const [integer, fraction] = fixed.split(".")
  const negative = value.isNegative() && !new Decimal(fixed).isZero()
  const nouns = CURRENCIES[currency.toUpperCase()]

  let text: string
  if (nouns) {
    text = `${integerInWordsRu(integer, nouns.major)} ${fraction} ${pluralRu(Number(fraction), nouns.minor.forms)}`
  } else {
    // No noun to agree with: spell the bare number (masculine, as when counting) and keep the code.
    const bare = integerInWordsRu(integer, m("", "", "")).trim()
    text = `${bare} ${currency.toUpperCase()} ${fraction}/100`
  }
  return capitalise(negative ? `минус ${text}` : text)
}
