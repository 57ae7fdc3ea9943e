import { MedusaError } from "@medusajs/framework/utils"
import {
  MISSING_VALUE,
  optionKey,
  PLACEHOLDER_OPTION,
  PLACEHOLDER_VALUE,
} from "../../../../modules/one-c"

/**
 * Catalog filtering by the product attributes imported from 1C properties
 * (product.metadata.attributes = { "Производитель": "Legrand", "Сечение": ["1,5", "2,5"] }).
 * Reads only, straight from the tables through the PG connection (as price-list-export does); a GIN
 * index on metadata->'attributes' (one-c module migration) keeps containment filters fast at 100k+
 * products and 1000+ properties.
 */
export type AttributeFilter = { name: string; values: string[] }
export type CatalogScope = {
  sales_channel_ids?: string[]
  category_id?: string | null
  q?: string | null
  /** product options (1C characteristics: Цвет, Объём): a product matches when a live variant carries a value */
  option_filters?: AttributeFilter[]
}

export const MAX_FILTERS = 20
export const MAX_VALUES = 50

/**
 * `attr[Производитель]=Legrand&attr[Сечение]=1,5|2,5` (values of one attribute are OR-ed, attributes
 * AND-ed); the same grammar for product options under `opt` (`opt[Цвет]=Белый|Чёрный`).
 */
export function parseAttributeFilters(raw: unknown, param = "attr"): AttributeFilter[] {
  if (raw == null || raw === "") return []
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${param}: expected ${param}[<${param === "attr" ? "attribute" : "option"} name>]=<value>[|<value>…]`
    )
  }
  const out: AttributeFilter[] = []
  for (const [name, v] of Object.entries(raw as Record<string, unknown>)) {
    const list = (Array.isArray(v) ? v : [v])
      .flatMap((x) => String(x ?? "").split("|"))
      .map((x) => x.trim())
      .filter(Boolean)
    if (!name.trim())
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${param}: name is empty`)
    if (!list.length)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${param}[${name}]: no value given`)
    if (list.length > MAX_VALUES)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${param}[${name}]: at most ${MAX_VALUES} values`
      )
    out.push({ name: name.trim(), values: [...new Set(list)] })
  }
  if (out.length > MAX_FILTERS)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${param}: at most ${MAX_FILTERS} at once`
    )
  return out
}

/**
 * One attribute value matches whether 1C sent it alone ("Legrand") or in a list (["1,5","2,5"]):
 * both forms are containment tests, so the GIN (jsonb_path_ops) index answers them.
 */
export function containmentDocs(f: AttributeFilter): string[] {
  return f.values.flatMap((v) => [
    JSON.stringify({ [f.name]: v }),
    JSON.stringify({ [f.name]: [v] }),
  ])
}

function scoped(knex: any, scope: CatalogScope, filters: AttributeFilter[]) {
  let q = knex("product as p").where("p.status", "published").whereNull("p.deleted_at")
  if (scope.sales_channel_ids?.length) {
    q = q.whereExists(
      knex("product_sales_channel as psc")
        .whereRaw("psc.product_id = p.id")
        .whereIn("psc.sales_channel_id", scope.sales_channel_ids)
        .whereNull("psc.deleted_at")
    )
  }
  if (scope.category_id) {
    // the category and everything under it
    q = q.whereExists(
      knex("product_category_product as pcp")
        .join("product_category as c", "c.id", "pcp.product_category_id")
        .whereRaw("pcp.product_id = p.id")
        .whereNull("c.deleted_at")
        .where((w: any) =>
          w
            .where("c.id", scope.category_id)
            .orWhere(
              "c.mpath",
              "like",
              knex.raw("(select mpath || '.%' from product_category where id = ?)", [
                scope.category_id,
              ])
            )
        )
    )
  }
  if (scope.q) {
    // name, article (a variant's SKU or the 1C article) or barcode; % and _ typed by the buyer are literal
    const like = `%${scope.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
    q = q.where((w: any) =>
      w
        .whereILike("p.title", like)
        .orWhereRaw("p.metadata ->> 'article' ilike ?", [like])
        .orWhereExists(
          knex("product_variant as v")
            .whereRaw("v.product_id = p.id")
            .whereNull("v.deleted_at")
            .where((x: any) => x.whereILike("v.sku", like).orWhere("v.barcode", scope.q))
        )
    )
  }
  for (const f of filters) {
    const docs = containmentDocs(f)
    q = q.where((w: any) => {
      for (const d of docs) w.orWhereRaw("(p.metadata -> 'attributes') @> ?::jsonb", [d])
    })
  }
  for (const f of scope.option_filters ?? []) {
    q = q.whereExists(
      knex("product_variant as v")
        .join("product_variant_option as pvo", "pvo.variant_id", "v.id")
        .join("product_option_value as pov", "pov.id", "pvo.option_value_id")
        .join("product_option as po", "po.id", "pov.option_id")
        .whereRaw("v.product_id = p.id")
        .whereNull("v.deleted_at")
        .whereNull("pov.deleted_at")
        .whereNull("po.deleted_at")
        .whereRaw(`${OPTION_KEY_SQL("po.title")} = ?`, [optionKey(f.name)])
        .whereIn("pov.value", f.values)
    )
  }
  return q
}

/** The placeholder option of a product without characteristics: no choice to offer. */
export const isPlaceholder = (title: string, value?: string) =>
  title === PLACEHOLDER_OPTION && (value === undefined || value === PLACEHOLDER_VALUE)

/** A product's options for a picker (the placeholder left out), values in their stored order. */
export function pickerOptions(options: { title: string; values?: { value: string }[] }[]) {
  return options
    .map((o) => ({
      title: o.title,
      values: (o.values ?? []).map((v) => v.value).filter((v) => !isPlaceholder(o.title, v)),
    }))
    .filter((o) => o.values.length)
}

/** Option names compared as the 1C import does (case, spacing, ё/е): SQL of optionKey. */
const OPTION_KEY_SQL = (col: string) =>
  `translate(lower(regexp_replace(btrim(${col}), '\\s+', ' ', 'g')), 'ё', 'е')`

/** Product ids (newest first) matching scope and filters, with the total count. */
export async function filterProducts(
  knex: any,
  scope: CatalogScope,
  filters: AttributeFilter[],
  page: { limit: number; offset: number }
) {
  const [rows, [{ count }]] = await Promise.all([
    scoped(knex, scope, filters)
      .select("p.id")
      .orderBy([
        { column: "p.created_at", order: "desc" },
        { column: "p.id", order: "desc" },
      ])
      .limit(page.limit)
      .offset(page.offset),
    scoped(knex, scope, filters).count({ count: "*" }),
  ])
  return { ids: (rows as { id: string }[]).map((r) => r.id), count: Number(count) }
}

type Facet = {
  name: string
  /** a 1C property (product attribute, filtered with attr[…]) or a product option (opt[…]) */
  kind: "attribute" | "option"
  products: number
  values: { value: string; count: number }[]
}

/**
 * Facets: for the products in scope and filters, every attribute with its values and how many
 * products carry each. An attribute that is itself filtered is counted without its own filter, so
 * choosing "Legrand" still lists the other manufacturers. Bounded: the `max_attributes` attributes
 * with most products, `max_values` values each.
 */
export async function facets(
  knex: any,
  scope: CatalogScope,
  filters: AttributeFilter[],
  opts: { max_attributes: number; max_values: number }
): Promise<Facet[]> {
  const all = await facetRows(knex, scope, filters, opts)
  for (const f of filters) {
    const [own] = await facetRows(
      knex,
      scope,
      filters.filter((x) => x !== f),
      opts,
      f.name
    )
    const i = all.findIndex((x) => x.name === f.name)
    if (own && i >= 0) all[i] = own
    else if (own) all.push(own)
  }
  // product options beside the attributes; a filtered option is counted without its own filter too
  const options = await optionFacetRows(knex, scope, filters, opts)
  for (const f of scope.option_filters ?? []) {
    const [own] = await optionFacetRows(
      knex,
      { ...scope, option_filters: scope.option_filters!.filter((x) => x !== f) },
      filters,
      opts,
      optionKey(f.name)
    )
    const i = options.findIndex((x) => optionKey(x.name) === optionKey(f.name))
    if (own && i >= 0) options[i] = own
    else if (own) options.push(own)
  }
  return [...all, ...options]
}

/**
 * Option facets: per option name (compared as the import compares them; the most used spelling shown)
 * the values live variants of the products in scope carry, with how many products have each. The
 * placeholder option of products without characteristics («Вариант» = «Основной») and the «—» of a
 * variant lacking a characteristic are no choice and are left out.
 */
async function optionFacetRows(
  knex: any,
  scope: CatalogScope,
  filters: AttributeFilter[],
  opts: { max_attributes: number; max_values: number },
  onlyKey?: string
): Promise<Facet[]> {
  const base = scoped(knex, scope, filters).select("p.id").toSQL()
  const { rows } = await knex.raw(
    `with scoped as materialized (${base.sql}),
     keyed as materialized (
       select distinct s.id as product_id, ${OPTION_KEY_SQL("po.title")} as key, po.title, pov.value
         from scoped s
         join product_variant v on v.product_id = s.id and v.deleted_at is null
         join product_variant_option pvo on pvo.variant_id = v.id
         join product_option_value pov on pov.id = pvo.option_value_id and pov.deleted_at is null
         join product_option po on po.id = pov.option_id and po.deleted_at is null
        where not (po.title = ? and pov.value = ?) and pov.value <> ?
     ),
     opts as (
       select key, count(distinct product_id)::int as products, mode() within group (order by title) as name
         from keyed where ${onlyKey === undefined ? "true" : "key = ?"}
        group by key order by products desc, key limit ?
     ),
     vals as (
       select key, value, count(distinct product_id)::int as count
         from keyed where key in (select key from opts) group by key, value
     )
     select o.name, o.products, c.value, c.count
       from opts o join lateral (
         select value, count from vals where vals.key = o.key order by count desc, value limit ?
       ) c on true
      order by o.products desc, o.name, c.count desc, c.value`,
    [
      ...base.bindings,
      PLACEHOLDER_OPTION,
      PLACEHOLDER_VALUE,
      MISSING_VALUE,
      ...(onlyKey === undefined ? [] : [onlyKey]),
      opts.max_attributes,
      opts.max_values,
    ]
  )
  const out = new Map<string, Facet>()
  for (const r of rows as { name: string; products: number; value: string; count: number }[]) {
    if (!out.has(r.name))
      out.set(r.name, { name: r.name, kind: "option", products: r.products, values: [] })
    out.get(r.name)!.values.push({ value: r.value, count: r.count })
  }
  return [...out.values()]
}

async function facetRows(
  knex: any,
  scope: CatalogScope,
  filters: AttributeFilter[],
  opts: { max_attributes: number; max_values: number },
  only?: string
): Promise<Facet[]> {
  const base = scoped(knex, scope, filters).select("p.id", "p.metadata").toSQL()
  // attribute names are unique keys per product, so a plain count per key is a count of products; the
  // values are counted only for the attributes that made the cut (lists of values expanded)
  const { rows } = await knex.raw(
    `with scoped as materialized (${base.sql}),
     attrs as (
       select k.name, count(*)::int as products
         from scoped s cross join lateral jsonb_object_keys(coalesce(s.metadata -> 'attributes', '{}'::jsonb)) k(name)
        where ${only === undefined ? "true" : "k.name = ?"}
        group by k.name order by products desc, k.name limit ?
     ),
     vals as materialized (
       select a.key as name, v.value, count(*)::int as count
         from scoped s
         cross join lateral jsonb_each(coalesce(s.metadata -> 'attributes', '{}'::jsonb)) a
         cross join lateral jsonb_array_elements_text(case jsonb_typeof(a.value) when 'array' then a.value else jsonb_build_array(a.value) end) v(value)
        where a.key in (select name from attrs)
        group by a.key, v.value
     )
     select a.name, a.products, c.value, c.count
       from attrs a join lateral (
         select value, count from vals where vals.name = a.name order by count desc, value limit ?
       ) c on true
      order by a.products desc, a.name, c.count desc, c.value`,
    [...base.bindings, ...(only === undefined ? [] : [only]), opts.max_attributes, opts.max_values]
  )
  const out = new Map<string, Facet>()
  for (const r of rows as { name: string; products: number; value: string; count: number }[]) {
    if (!out.has(r.name))
      out.set(r.name, { name: r.name, kind: "attribute", products: r.products, values: [] })
    out.get(r.name)!.values.push({ value: r.value, count: r.count })
  }
  return [...out.values()]
}
