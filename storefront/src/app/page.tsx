import { loadB2BCatalog, PAGE_SIZE } from "@/lib/catalog"
import { catalogHref, categoryTree, parseCatalogParams } from "@/lib/catalog-query"
import { pages } from "@/lib/account"
import { pluralVariants } from "@/lib/products"

// Reads the Medusa API and runtime env on every request.
export const dynamic = "force-dynamic"

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = parseCatalogParams(await searchParams)
  const catalog = await loadB2BCatalog(params)
  const tree = catalog.ok ? categoryTree(catalog.categories, params.category) : []
  const chosen = catalog.ok ? catalog.categories.find((c) => c.id === params.category) : undefined
  const p = catalog.ok ? pages(catalog.count, PAGE_SIZE, params.offset) : null

  return (
    <>
      <h1>{chosen?.name ?? "Каталог"}</h1>

      {!catalog.ok ? (
        <div className="error-box" role="alert" data-testid="store-error">
          <strong>Каталог недоступен</strong>
          <p>{catalog.reason}</p>
        </div>
      ) : (
        <div className="catalog">
          <aside className="catalog-side">
            <form method="get" className="search" role="search">
              {params.category && <input type="hidden" name="category" value={params.category} />}
              <input
                name="q"
                defaultValue={params.q ?? ""}
                placeholder="Название, артикул или штрихкод"
                aria-label="Поиск"
              />
              <button type="submit" className="secondary">
                Найти
              </button>
            </form>
            <nav className="categories" data-testid="categories">
              <a
                href={catalogHref(params, { category: null, clearFilters: true })}
                className={!params.category ? "active" : undefined}
              >
                Все товары
              </a>
              {tree.map((t) => (
                <div key={t.id}>
                  <a
                    href={catalogHref(params, { category: t.id, clearFilters: true })}
                    className={params.category === t.id ? "active" : undefined}
                  >
                    {t.name}
                  </a>
                  {t.open && (
                    <div className="sub">
                      {t.children.map((c) => (
                        <a
                          key={c.id}
                          href={catalogHref(params, { category: c.id, clearFilters: true })}
                          className={params.category === c.id ? "active" : undefined}
                        >
                          {c.name}
                        </a>
                      ))}
                    </div>
                  )}
                </div>
              ))}
            </nav>
            {catalog.facets.length > 0 && (
              <div className="facets" data-testid="facets">
                {params.filters.size > 0 && (
                  <a href={catalogHref(params, { clearFilters: true })} data-testid="clear-filters">
                    Сбросить фильтры
                  </a>
                )}
                {catalog.facets.map((f) => (
                  <details key={f.name} open={params.filters.has(f.name)} data-testid="facet">
                    <summary>{f.name}</summary>
                    {f.values.map((v) => {
                      const on = params.filters.get(f.name)?.includes(v.value) ?? false
                      return (
                        <a
                          key={v.value}
                          href={catalogHref(params, { toggle: [f.name, v.value] })}
                          className={on ? "facet-value on" : "facet-value"}
                          data-testid="facet-value"
                        >
                          <span aria-hidden="true">{on ? "☑" : "☐"}</span> {v.value}{" "}
                          <span className="muted">{v.count}</span>
                        </a>
                      )
                    })}
                  </details>
                ))}
              </div>
            )}
          </aside>
          <section>
            <p className="summary" data-testid="product-count">
              Товаров: {catalog.count}
              {params.q && <span className="muted"> по запросу «{params.q}»</span>}
            </p>

            {catalog.products.length === 0 && (
              <p className="empty">Ничего не найдено: измените запрос или фильтры.</p>
            )}

            <ul className="product-list" data-testid="product-list">
              {catalog.products.map((x) => (
                <li key={x.id} className="product-card" data-testid="product-card">
                  {x.thumbnail ? (
                    <img className="thumb" src={x.thumbnail} alt="" loading="lazy" />
                  ) : (
                    <div className="thumb thumb-empty" aria-hidden="true" />
                  )}
                  <h2 className="product-title">
                    {x.handle ? (
                      <a href={`/products/${encodeURIComponent(x.handle)}`}>{x.title}</a>
                    ) : (
                      x.title
                    )}
                  </h2>
                  <dl className="product-meta">
                    <dt>Артикул</dt>
                    <dd data-testid="product-sku">{x.firstSku ?? "—"}</dd>
                    <dt>Варианты</dt>
                    <dd>{pluralVariants(x.variantCount)}</dd>
                    {x.contractPrice && (
                      <>
                        <dt>Ваша цена{x.contractPriceVat ? ` ${x.contractPriceVat}` : ""}</dt>
                        <dd className="price" data-testid="contract-price">
                          {x.contractPrice}
                        </dd>
                      </>
                    )}
                  </dl>
                </li>
              ))}
            </ul>
            {p && (
              <p className="pager" data-testid="pager">
                {p.prev !== null && <a href={catalogHref(params, { offset: p.prev })}>← Назад</a>}{" "}
                Страница {p.current} из {p.total}{" "}
                {p.next !== null && <a href={catalogHref(params, { offset: p.next })}>Дальше →</a>}
              </p>
            )}
          </section>
        </div>
      )}
    </>
  )
}
