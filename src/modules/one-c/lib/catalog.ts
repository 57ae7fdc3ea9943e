import { createHash } from "node:crypto"
import { bool, child, childrenOf, decimal, listOf, text, type XNode } from "./xml-node"

/** "productGuid#characteristicGuid" → [product, characteristic]; split on the first "#". */
export function splitId(id: string): [string, string | null] {
  const i = id.indexOf("#")
  if (i < 0) return [id, null]
  const rest = id.slice(i + 1)
  return [id.slice(0, i), rest ? rest : null]
}

/** A stable hash of a normalised record: an unchanged object re-imported is recognised and skipped. */
export const hashOf = (v: unknown) => createHash("sha1").update(JSON.stringify(v)).digest("hex")

const deleted = (n: XNode) => bool(text(n, "ПометкаУдаления")) || n.attrs["Статус"] === "Удален"

export type CmlGroup = { id: string; name: string; parent_id: string | null; deleted: boolean }
export function parseGroup(n: XNode, parent_id: string | null): CmlGroup {
  return {
    id: text(n, "Ид"),
    name: text(n, "Наименование") || text(n, "Ид"),
    parent_id,
    deleted: deleted(n),
  }
}

export type CmlProperty = { id: string; name: string; type: string; values: Record<string, string> }
export function parseProperty(n: XNode): CmlProperty {
  const values: Record<string, string> = {}
  for (const v of [
    ...listOf(n, "ВариантыЗначений/Справочник"),
    ...listOf(n, "ВариантыЗначений/ВариантЗначения"),
  ]) {
    const id = text(v, "ИдЗначения") || text(v, "Ид")
    if (id) values[id] = text(v, "Значение")
  }
  return {
    id: text(n, "Ид"),
    name: text(n, "Наименование"),
    type: text(n, "ТипЗначений") || "Строка",
    values,
  }
}

export type CmlPriceType = { id: string; name: string; currency: string; vat_included: boolean }
/** 1C writes currencies as free text: руб, руб., RUB, грн… */
export function normaliseCurrency(v: string): string {
  const s = v.trim().toLowerCase().replace(/\.$/, "")
  const map: Record<string, string> = {
    руб: "rub",
    rur: "rub",
    "643": "rub",
    грн: "uah",
    "980": "uah",
    "840": "usd",
    "978": "eur",
    тенге: "kzt",
    "398": "kzt",
    "933": "byn",
  }
  return map[s] ?? (/^[a-z]{3}$/.test(s) ? s : "rub")
}
export function parsePriceType(n: XNode): CmlPriceType {
  const tax = child(n, "Налог")
  return {
    id: text(n, "Ид"),
    name: text(n, "Наименование"),
    currency: normaliseCurrency(text(n, "Валюта") || "RUB"),
    vat_included: tax ? bool(text(tax, "УчтеноВСумме")) : true,
  }
}

export type CmlWarehouse = { id: string; name: string; address: string | null }
export function parseWarehouse(n: XNode): CmlWarehouse {
  const addr = child(n, "Адрес")
  return {
    id: text(n, "Ид"),
    name: text(n, "Наименование") || text(n, "Ид"),
    address: addr ? text(addr, "Представление") || null : null,
  }
}

export type CmlProduct = {
  id: string
  base_id: string
  characteristic_id: string | null
  sku: string | null
  code: string | null
  barcodes: string[]
  name: string
  full_name: string | null
  description: string | null
  unit: { code: string | null; name: string | null }
  group_ids: string[]
  manufacturer: string | null
  /** property id → values (reference ids still unresolved) */
  properties: { id: string; values: string[] }[]
  characteristics: { name: string; value: string }[]
  vat_rate: string | null
  weight: string | null
  images: string[]
  deleted: boolean
}

const requisites = (n: XNode) => {
  const out: Record<string, string> = {}
  for (const r of listOf(n, "ЗначенияРеквизитов/ЗначениеРеквизита"))
    out[text(r, "Наименование")] = text(r, "Значение")
  return out
}
const characteristicsOf = (n: XNode) =>
  listOf(n, "ХарактеристикиТовара/ХарактеристикаТовара")
    .map((c) => ({ name: text(c, "Наименование"), value: text(c, "Значение") }))
    .filter((c) => c.name)

export function parseProduct(n: XNode): CmlProduct {
  const id = text(n, "Ид")
  const [base_id, characteristic_id] = splitId(id)
  const req = requisites(n)
  const unit = child(n, "БазоваяЕдиница")
  const vat = listOf(n, "СтавкиНалогов/СтавкаНалога").find((t) =>
    /ндс/i.test(text(t, "Наименование"))
  )
  const props = listOf(n, "ЗначенияСвойств/ЗначенияСвойства").map((p) => ({
    id: text(p, "Ид"),
    values: childrenOf(p, "Значение")
      .map((v) => v.text.trim())
      .filter(Boolean)
      .flatMap((v) =>
        v.includes(";")
          ? v
              .split(";")
              .map((x) => x.trim())
              .filter(Boolean)
          : [v]
      ),
  }))
  return {
    id,
    base_id,
    characteristic_id,
    sku: text(n, "Артикул") || null,
    code: text(n, "Код") || req["Код"] || null,
    barcodes: childrenOf(n, "Штрихкод")
      .map((b) => b.text.trim())
      .filter(Boolean),
    name: text(n, "Наименование") || req["Полное наименование"] || id,
    full_name: req["Полное наименование"] || null,
    description: text(n, "Описание") || null,
    unit: {
      code: unit?.attrs["Код"]?.trim() || null,
      name: (unit?.text.trim() || unit?.attrs["НаименованиеПолное"]?.trim()) ?? null,
    },
    group_ids: listOf(n, "Группы/Ид")
      .map((g) => g.text.trim())
      .filter(Boolean),
    manufacturer: text(child(n, "Изготовитель"), "Наименование") || null,
    properties: props.filter((p) => p.id && p.values.length),
    characteristics: characteristicsOf(n),
    vat_rate: vat ? (decimal(text(vat, "Ставка")) ?? null) : null,
    weight: decimal(req["Вес"]) ?? null,
    images: childrenOf(n, "Картинка")
      .map((c) => c.text.trim())
      .filter(Boolean),
    deleted: deleted(n),
  }
}

export type CmlPrice = {
  price_type_id: string
  amount: string
  currency: string | null
  coefficient: string | null
  min_quantity: string | null
}
export type CmlOffer = {
  id: string
  base_id: string
  characteristic_id: string | null
  sku: string | null
  barcode: string | null
  name: string | null
  characteristics: { name: string; value: string }[]
  prices: CmlPrice[] | null
  /** null: the offer says nothing about stock (absent Количество ≠ zero) */
  total_quantity: string | null
  stocks: { warehouse_id: string; quantity: string }[] | null
  deleted: boolean
}

export function parseOffer(n: XNode): CmlOffer {
  const rawId = text(n, "Ид")
  const charId = text(n, "ИдХарактеристики")
  const id = charId && !rawId.includes("#") ? `${rawId}#${charId}` : rawId
  const [base_id, characteristic_id] = splitId(id)
  const priceNodes = listOf(n, "Цены/Цена")
  const prices = child(n, "Цены")
    ? priceNodes
        .map((p) => ({
          price_type_id: text(p, "ИдТипаЦены"),
          amount: decimal(text(p, "ЦенаЗаЕдиницу")) ?? "",
          currency: text(p, "Валюта") ? normaliseCurrency(text(p, "Валюта")) : null,
          coefficient: decimal(text(p, "Коэффициент")),
          min_quantity: decimal(text(p, "МинКоличество")),
        }))
        .filter((p) => p.price_type_id && p.amount !== "")
    : null
  // stock: 2.07 <Склад ИдСклада КоличествоНаСкладе/>, 2.09 <Остатки><Остаток><Склад><Ид/><Количество/>
  const stocks: { warehouse_id: string; quantity: string }[] = []
  for (const s of childrenOf(n, "Склад")) {
    const q = decimal(s.attrs["КоличествоНаСкладе"])
    if (s.attrs["ИдСклада"] && q !== null)
      stocks.push({ warehouse_id: s.attrs["ИдСклада"], quantity: q })
  }
  for (const s of listOf(n, "Склады/Склад")) {
    const q = decimal(s.attrs["КоличествоНаСкладе"])
    if (s.attrs["ИдСклада"] && q !== null)
      stocks.push({ warehouse_id: s.attrs["ИдСклада"], quantity: q })
  }
  let restTotal: string | null = null
  for (const o of listOf(n, "Остатки/Остаток")) {
    for (const s of childrenOf(o, "Склад")) {
      const q = decimal(text(s, "Количество"))
      if (text(s, "Ид") && q !== null) stocks.push({ warehouse_id: text(s, "Ид"), quantity: q })
    }
    const bare = decimal(text(o, "Количество"))
    if (bare !== null && !childrenOf(o, "Склад").length) restTotal = bare
  }
  const total = decimal(text(n, "Количество")) ?? restTotal
  return {
    id,
    base_id,
    characteristic_id,
    sku: text(n, "Артикул") || null,
    barcode: text(n, "Штрихкод") || null,
    name: text(n, "Наименование") || null,
    characteristics: characteristicsOf(n),
    prices,
    total_quantity: total,
    stocks: stocks.length ? stocks : null,
    deleted: deleted(n),
  }
}
