import type { Category, Facet } from "@/types/catalog"
import { type CatalogParams, catalogHref, categoryTree } from "@/lib/util/catalog-query"

const item = (on: boolean) =>
  `block rounded-md px-2 py-1 text-sm hover:bg-ui-bg-base-hover hover:no-underline ${
    on
      ? "bg-ui-bg-base font-semibold text-ui-fg-base shadow-elevation-card-rest"
      : "text-ui-fg-subtle"
  }`

/** Search, the category tree and the 1C attribute and characteristic (option) filters of the catalog. */
export function CatalogSidebar({
  params,
  categories,
  facets,
}: {
  params: CatalogParams
  categories: Category[]
  facets: Facet[]
}) {
  const tree = categoryTree(categories, params.category)
  return (
    <aside className="flex min-w-0 flex-col gap-5">
      <form method="get" className="flex gap-2" role="search">
        {params.category && <input type="hidden" name="category" value={params.category} />}
        {params.vat && <input type="hidden" name="vat" value={params.vat} />}
        <input
          name="q"
          defaultValue={params.q ?? ""}
          placeholder="Название, артикул или штрихкод"
          aria-label="Поиск"
          className="min-w-0 flex-1"
        />
        <button type="submit" className="secondary">
          Найти
        </button>
      </form>
      <nav
        className="flex gap-1 max-md:-mx-4 max-md:overflow-x-auto max-md:px-4 max-md:pb-1 max-md:[&>div]:flex max-md:[&>div]:shrink-0 max-md:[&_a]:whitespace-nowrap md:flex-col md:gap-0.5"
        data-testid="categories"
      >
        <a
          href={catalogHref(params, { category: null, clearFilters: true })}
          className={`${item(!params.category)} shrink-0`}
        >
          Все товары
        </a>
        {tree.map((t) => (
          <div key={t.id}>
            <a
              href={catalogHref(params, { category: t.id, clearFilters: true })}
              className={item(params.category === t.id)}
            >
              {t.name}
            </a>
            {t.open && (
              <div className="flex gap-1 md:ml-3 md:flex-col md:gap-0.5 md:border-l md:border-ui-border-base md:pl-2">
                {t.children.map((c) => (
                  <a
                    key={c.id}
                    href={catalogHref(params, { category: c.id, clearFilters: true })}
                    className={item(params.category === c.id)}
                  >
                    {c.name}
                  </a>
                ))}
              </div>
            )}
          </div>
        ))}
      </nav>
      {facets.length > 0 && (
        <div className="flex flex-col gap-2" data-testid="facets">
          {(params.filters.size > 0 || (params.options?.size ?? 0) > 0) && (
            <a href={catalogHref(params, { clearFilters: true })} data-testid="clear-filters">
              Сбросить фильтры
            </a>
          )}
          {facets.map((f) => {
            const option = f.kind === "option"
            const chosen = (option ? params.options : params.filters)?.get(f.name) ?? []
            return (
              <details
                key={`${f.kind ?? "attribute"}:${f.name}`}
                open={chosen.length > 0}
                className="rounded-md border border-ui-border-base bg-ui-bg-base px-3 py-2"
                data-testid="facet"
              >
                <summary className="cursor-pointer text-sm font-medium">{f.name}</summary>
                <div className="mt-2 flex flex-col gap-0.5">
                  {f.values.map((v) => {
                    const on = chosen.includes(v.value)
                    return (
                      <a
                        key={v.value}
                        href={catalogHref(
                          params,
                          option
                            ? { toggleOption: [f.name, v.value] }
                            : { toggle: [f.name, v.value] }
                        )}
                        className={item(on)}
                        data-testid="facet-value"
                      >
                        <span aria-hidden="true">{on ? "☑" : "☐"}</span> {v.value}{" "}
                        <span className="text-ui-fg-muted">{v.count}</span>
                      </a>
                    )
                  })}
                </div>
              </details>
            )
          })}
        </div>
      )}
    </aside>
  )
}
