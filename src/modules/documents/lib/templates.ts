/**
 * Document templates: Handlebars bodies plus CSS, compiled once per template id + version and rendered into a
 * complete HTML page for the PDF renderer. Output is HTML-escaped by default (Handlebars' `{{ }}`); a template
 * that really needs raw HTML has to say `{{{ }}}`.
 *
 * Helpers available to templates:
 *   {{money total}}          "1234.5"      → "1 234,50" (U+202F between thousands)
 *   {{qty quantity}}         "12.000"      → "12"
 *   {{date date}}            "2026-11-25"  → "25.11.2026";  {{date date "long"}} → "25 ноября 2026 г."
 *   {{inc @index}}           0             → 1
 *   {{words total currency}} "21.00"       → "Двадцать один рубль 00 копеек"
 *   {{vat vat_rate}}         "22"          → "22%";  "" → "Без НДС"
 *   {{cur currency}}         "RUB"         → "руб."
 *   {{curName currency}}     "RUB"         → "Российский рубль, 643"
 *   {{#if (eq a b)}}         strict equality, e.g. (eq prices_include_vat false)
 *   {{or a b "default"}}     the first truthy argument
 *
 * Partials (they use the class names of defaults/base.ts):
 *   {{> requisites supplier}}                         "ООО «Альфа», ИНН 7701234567, КПП 770101001, г. Москва, …"
 *   {{> signature role="Руководитель" name=supplier.director}}   a signature line with its captions
 */
import Handlebars from "handlebars"
import { amountInWordsRu } from "./amount-in-words"
import { currencyNameAndCode, currencyShort, formatDate, formatMoney, formatQty } from "./format"
import { parseVatRate } from "./totals"

export interface DocumentTemplate {
  id: string
  /** Bumped on every edit: the compiled-template cache is keyed by id + version. */
  version: number | string
  body: string
  css?: string | null
}

const hb = Handlebars.create()

/** Handlebars passes its options object as the last argument; helpers below take only their real arguments. */
type Value = string | number | null | undefined
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined)

hb.registerHelper("money", (value: Value) => formatMoney(value))
hb.registerHelper("qty", (value: Value) => formatQty(value))
hb.registerHelper("date", (value: string | Date | null | undefined, style: unknown) =>
  formatDate(value, style === "long" ? "long" : "short")
)
hb.registerHelper("inc", (index: number) => Number(index) + 1)
hb.registerHelper("words", (amount: Value, currency: unknown) =>
  amount === null || amount === undefined || amount === ""
    ? ""
    : amountInWordsRu(String(amount), str(currency))
)
hb.registerHelper("vat", (rate: Value) => {
  const parsed = parseVatRate(rate === null || rate === undefined ? "" : String(rate))
  return parsed ? `${parsed.toString().replace(".", ",")}%` : "Без НДС"
})
hb.registerHelper("cur", (code: unknown) => currencyShort(str(code)))
hb.registerHelper("curName", (code: unknown) => currencyNameAndCode(str(code)))
hb.registerHelper("eq", (a: unknown, b: unknown) => a === b)
hb.registerHelper("or", (...args: unknown[]) => args.slice(0, -1).find(Boolean) ?? "")

hb.registerPartial(
  "requisites",
  "{{name}}{{#if inn}}, ИНН {{inn}}{{/if}}{{#if kpp}}, КПП {{kpp}}{{/if}}{{#if address}}, {{address}}{{/if}}"
)
hb.registerPartial(
  "signature",
  '<div class="sign"><div class="sign-role">{{role}}</div>' +
    '<div class="sign-row"><span class="sign-line"></span><span class="sign-name">{{name}}</span></div>' +
    '<div class="sign-caption"><span>подпись</span><span>расшифровка подписи</span></div></div>'
)

/** Enough for every template version in use; the oldest entry is dropped beyond it. */
const CACHE_LIMIT = 200
const cache = new Map<string, Handlebars.TemplateDelegate>()

const cacheKey = (t: DocumentTemplate) => `${t.id}@${t.version}`

/** The compiled body of a template, from the cache when this id + version was compiled before. */
export function compileTemplate(template: DocumentTemplate): Handlebars.TemplateDelegate {
  const key = cacheKey(template)
  const hit = cache.get(key)
  if (hit) {
    // Re-insert so the Map's insertion order doubles as recency order (LRU).
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  // Handlebars compiles on the first call of the returned function, so a syntax error surfaces in renderHtml
  // (with the template's id); templateSyntaxError() checks a body up front.
  const compiled = hb.compile(template.body)
  cache.set(key, compiled)
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
  return compiled
}

/** null when the body parses, else the parser's message (for validating a template before saving it). */
export function templateSyntaxError(body: string): string | null {
  try {
    hb.parse(body)
    return null
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
}

export function clearTemplateCache(): void {
  cache.clear()
}

export const templateCacheSize = (): number => cache.size

/** Keeps a stylesheet from closing its own <style> element. */
const safeCss = (css: string) => css.replace(/<\/style/gi, "<\\/style")

/** A complete HTML document: the rendered body with the template's CSS inlined in <head>. */
export function renderHtml(template: DocumentTemplate, data: unknown): string {
  let body: string
  try {
    body = compileTemplate(template)(data)
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    throw new Error(`template ${cacheKey(template)}: ${message}`)
  }
  return (
    '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">' +
    `<style>${safeCss(template.css ?? "")}</style></head><body>${body}</body></html>`
  )
}
