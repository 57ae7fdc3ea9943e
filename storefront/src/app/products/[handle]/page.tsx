import { apiGet } from "@/lib/b2b-api";
import { variantRows, type VariantLike } from "@/lib/product-view";
import { apiTarget } from "@/lib/session";

import { AddForm } from "./add-form";

export const dynamic = "force-dynamic";

type Product = { id: string; title: string; handle: string; description: string | null; thumbnail: string | null; variants: VariantLike[] };

const FIELDS = "id,title,handle,description,thumbnail,*variants,+variants.inventory_quantity";

export default async function ProductPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const t = await apiTarget();
  const r = await apiGet<{ products: Product[] }>(t, "/store/products", { handle, fields: FIELDS, limit: 1 });
  const p = r.ok ? r.data.products[0] : null;
  if (!p) {
    return (
      <section>
        <h1>Товар не найден</h1>
        <p className="empty">{r.ok ? "Такого товара нет в каталоге или он вам недоступен." : r.message}</p>
        <a href="/">В каталог</a>
      </section>
    );
  }
  const rows = variantRows(p.variants);
  return (
    <section>
      <p>
        <a href="/">← Каталог</a>
      </p>
      <h1 data-testid="product-title">{p.title}</h1>
      <div className="product-page">
        {p.thumbnail ? <img className="thumb" src={p.thumbnail} alt="" /> : <div className="thumb thumb-empty" aria-hidden="true" />}
        <div>
          {p.description && <p>{p.description}</p>}
          {!t.token && (
            <p className="notice">
              <a href={`/login?next=${encodeURIComponent(`/products/${p.handle}`)}`}>Войдите</a>, чтобы видеть цены по договору и заказывать.
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
            <th className="num">Ваша цена без НДС</th>
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
  );
}
