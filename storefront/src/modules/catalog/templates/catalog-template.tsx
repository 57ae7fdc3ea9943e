import type { B2BCatalog } from "@/lib/data/catalog"
import { pages } from "@/lib/util/account"
import { type CatalogParams, PAGE_SIZE, catalogHref } from "@/lib/util/catalog-query"
import { Empty, ErrorBox } from "@/modules/common/components/feedback"
import { Pager } from "@/modules/common/components/pager"
import { vatLabel } from "@/lib/util/vat-view"

import { CatalogSidebar } from "../components/catalog-sidebar"
import { ProductCard } from "../components/product-card"

/** The catalog page: a category's (or all) products with search, filters and contract prices. */
export function CatalogTemplate({
  params,
  catalog,
}: {
  params: CatalogParams
  catalog: B2BCatalog
}) {
  if (!catalog.ok)
    return (
      <>
        <h1>Каталог</h1>
        <ErrorBox testId="store-error">
          <strong>Каталог недоступен</strong>
          <p className="mt-1">{catalog.reason}</p>
        </ErrorBox>
      </>
    )
  const chosen = catalog.categories.find((c) => c.id === params.category)
  return (
    <>
      <h1>{chosen?.name ?? "Каталог"}</h1>
      <div className="mt-4 grid gap-6 md:grid-cols-[240px_minmax(0,1fr)]">
        <CatalogSidebar params={params} categories={catalog.categories} facets={catalog.facets} />
        <section className="min-w-0">
          <p className="mb-4 font-semibold" data-testid="product-count">
            Товаров: {catalog.count}
            {params.q && (
              <span className="font-normal text-ui-fg-subtle"> по запросу «{params.q}»</span>
            )}
          </p>
          {catalog.priced && (
            <p className="-mt-2 mb-4 text-sm text-ui-fg-subtle" data-testid="catalog-vat">
              Цены {vatLabel(catalog.display)}.{" "}
              <a
                href={catalogHref(params, {
                  vat: catalog.display === "with" ? "without" : "with",
                  offset: params.offset,
                })}
                data-testid="catalog-vat-toggle"
              >
                Показать {vatLabel(catalog.display === "with" ? "without" : "with")}
              </a>
            </p>
          )}
          {catalog.products.length === 0 && (
            <Empty>Ничего не найдено: измените запрос или фильтры.</Empty>
          )}
          <ul
            className="grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 lg:grid-cols-3"
            data-testid="product-list"
          >
            {catalog.products.map((x) => (
              <ProductCard key={x.id} product={x} />
            ))}
          </ul>
          <Pager
            pages={pages(catalog.count, PAGE_SIZE, params.offset)}
            href={(offset) => catalogHref(params, { offset })}
            testId="pager"
          />
        </section>
      </div>
    </>
  )
}
