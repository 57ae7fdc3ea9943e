import { apiHeaders } from "@/lib/b2b-api"
import { describeError, MISSING_KEY_REASON, withTimeout } from "@/lib/errors"
import { getStoreClient } from "@/lib/medusa"
import { priceColumnLabel, routeParam, variantRows, type VariantLike } from "@/lib/product-view"
import { apiTarget } from "@/lib/session"

import { AddForm } from "./add-form"

export const dynamic = "force-dynamic"

type Product = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  variants: VariantLike[]
}

const FIELDS = "id,title,handle,description,thumbnail,*variants,+variants.inventory_quantity"

/**
 * The product by handle through Medusa's store API (js-sdk); for a signed-in buyer the backend adds the
 * contract price of each variant (b2b_price) and leaves out products a mass rule hides from them.
 */
async function loadProduct(
  handle: string
): Promise<{ product: Product | null; error: string | null }> {
  const client = getStoreClient()
  if (!client.ok) return { product: null, error: MISSING_KEY_REASON }
  const { authorization, "x-b2b-counterparty": counterparty } = apiHeaders(await apiTarget())
  const headers = {
    ...(authorization ? { authorization } : {}),
    ...(counterparty ? { "x-b2b-counterparty": counterparty } : {}),
  }
  try {
    const { products } = await withTimeout(
      client.sdk.store.product.list({ handle, fields: FIELDS, limit: 1 }, headers),
      10_000
    )
    return { product: (products?.[0] as unknown as Product) ?? null, error: null }
  } catch (err) {
    return { product: null, error: describeError(err, client.config.backendUrl) }
  }
}

export default async function ProductPage({ params }: { params: Promise<{ handle: string }> }) {
  const handle = routeParam((await params).handle)
  const t = await apiTarget()
  const { product: p, error } = await loadProduct(handle)
  if (!p) {
    return (
      <section>
        <h1>Товар не найден</h1>
        <p className="empty">{error ?? "Такого товара нет в каталоге или он вам недоступен."}</p>
        <a href="/">В каталог</a>
      </section>
    )
  }
  const rows = variantRows(p.variants)
  return (
    <section>
      <p>
        <a href="/">← Каталог</a>
      </p>
      <h1 data-testid="product-title">{p.title}</h1>
      <div className="product-page">
        {p.thumbnail ? (
          <img className="thumb" src={p.thumbnail} alt="" />
        ) : (
          <div className="thumb thumb-empty" aria-hidden="true" />
        )}
        <div>
          {p.description && <p>{p.description}</p>}
          {!t.token && (
            <p className="notice">
              <a
                href={`/login?next=${encodeURIComponent(`/products/${encodeURIComponent(p.handle)}`)}`}
              >
                Войдите
              </a>
              , чтобы видеть цены по договору и заказывать.
            </p>
          )}
        </div>
      </div>
      <table className="table" data-testid="variants">
        <thead>
          <tr>
            <th>Вариант</th>
            <th>Артикул</th>
            <th>Наличие</th>
            <th className="num" data-testid="price-label">
              {priceColumnLabel(rows)}
            </th>
            {t.token && <th className="num">Заказать</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr key={v.id} data-testid="variant-row">
              <td>{v.title}</td>
              <td>{v.sku}</td>
              <td>{v.stock}</td>
              <td className="num" data-testid="variant-price">
                {v.price ?? "—"}
                {v.price && rows.some((r) => r.vat_included !== v.vat_included)
                  ? v.vat_included === false
                    ? " без НДС"
                    : " с НДС"
                  : ""}
              </td>
              {t.token && (
                <td className="num">
                  <AddForm variantId={v.id} sku={v.sku} disabled={!v.orderable || !v.price} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
