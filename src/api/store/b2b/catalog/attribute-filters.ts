import { MedusaError } from "@medusajs/framework/utils"

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
}

export const MAX_FILTERS = 20
export const MAX_VALUES = 50

/** `attr[Производитель]=Legrand&attr[Сечение]=1,5|2,5` (values of one attribute are OR-ed, attributes AND-ed). */
export function parseAttributeFilters(raw: unknown): AttributeFilter[] {
  if (raw == null || raw === "") return []
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "attr: expected attr[<attribute name>]=<value>[|<value>…]"
    )
  }
  const out: AttributeFilter[] = []
  for (const [name, v] of Object.entries(raw as Record<string, unknown>)) {
    const list = (Array.isArray(v) ? v : [v])
      .flatMap((x) => String(x ?? "").split("|"))
      .map((x) => x.trim())
      .filter(Boolean)
    if (!name.trim())
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "attr: attribute name is empty")
    if (!list.length)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `attr[${name}]: no value given`)
    if (list.length > MAX_VALUES)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `attr[${name}]: at most ${MAX_VALUES} values`
      )
    out.push({ name: name.trim(), values: [...new Set(list)] })
  }
  if (out.length > MAX_FILTERS)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `attr: at most ${MAX_FILTERS} attributes at once`
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
  return q
}

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

type Facet = { name: string; products: number; values: { value: string; count: number }[] }

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
  return all
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
    if (!out.has(r.name)) out.set(r.name, { name: r.name, products: r.products, values: [] })
    out.get(r.name)!.values.push({ value: r.value, count: r.count })
  }
  return [...out.values()]
}
