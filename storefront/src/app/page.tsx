import { loadCatalog, PRODUCTS_LIMIT } from "@/lib/catalog";
import { pluralVariants } from "@/lib/products";

// Reads the Medusa API and runtime env on every request.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const catalog = await loadCatalog();

  return (
    <>
      <h1>B2B-портал</h1>

      {!catalog.ok ? (
        <div className="error-box" role="alert" data-testid="store-error">
          <strong>Каталог недоступен</strong>
          <p>{catalog.reason}</p>
        </div>
      ) : (
        <section>
          <p className="summary" data-testid="product-count">
            Товаров: {catalog.count}
            {catalog.count > catalog.products.length && (
              <span className="muted"> (показаны первые {PRODUCTS_LIMIT})</span>
            )}
          </p>

          {catalog.products.length === 0 && (
            <p className="empty">В каталоге пока нет опубликованных товаров.</p>
          )}

          <ul className="product-list" data-testid="product-list">
            {catalog.products.map((p) => (
              <li key={p.id} className="product-card" data-testid="product-card">
                {p.thumbnail ? (
                  <img className="thumb" src={p.thumbnail} alt="" loading="lazy" />
                ) : (
                  <div className="thumb thumb-empty" aria-hidden="true" />
                )}
                <h2 className="product-title">{p.handle ? <a href={`/products/${encodeURIComponent(p.handle)}`}>{p.title}</a> : p.title}</h2>
                <dl className="product-meta">
                  <dt>Код</dt>
                  <dd>{p.handle ?? "—"}</dd>
                  <dt>Артикул</dt>
                  <dd data-testid="product-sku">{p.firstSku ?? "—"}</dd>
                  <dt>Варианты</dt>
                  <dd>{pluralVariants(p.variantCount)}</dd>
                  {p.contractPrice ? (
                    <>
                      <dt>Ваша цена</dt>
                      <dd className="price" data-testid="contract-price">
                        {p.contractPrice}
                      </dd>
                    </>
                  ) : (
                    p.price && (
                      <>
                        <dt>Цена</dt>
                        <dd className="price">{p.price}</dd>
                      </>
                    )
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
