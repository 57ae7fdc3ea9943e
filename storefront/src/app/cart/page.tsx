import { cookies } from "next/headers";

import { apiGet } from "@/lib/b2b-api";
import { type Cart, cartLines } from "@/lib/cart-view";
import { formatMoney } from "@/lib/format";
import { CART_COOKIE, apiTarget } from "@/lib/session";

import { setQuantity } from "./actions";
import { PlaceForm } from "./place-form";
import { QuickOrderForm } from "./quick-order-form";

export const dynamic = "force-dynamic";

const FIELDS = "id,currency_code,completed_at,total,subtotal,tax_total,*items";

export default async function CartPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const sp = await searchParams;
  const t = await apiTarget();
  const id = (await cookies()).get(CART_COOKIE)?.value;
  const r = id ? await apiGet<{ cart: Cart }>(t, `/store/carts/${encodeURIComponent(id)}`, { fields: FIELDS }) : null;
  const cart = r?.ok && !r.data.cart.completed_at ? r.data.cart : null;
  const lines = cartLines(cart);
  const m = (v: number | string | null | undefined) => formatMoney(v, cart?.currency_code ?? "rub");
  return (
    <section>
      <h1>Корзина</h1>
      {sp.error && (
        <p className="form-error" role="alert" data-testid="cart-error">
          {sp.error.slice(0, 500)}
        </p>
      )}
      {lines.length === 0 ? (
        <p className="empty" data-testid="cart-empty">
          Корзина пуста. Добавьте товары быстрым заказом по артикулам.
        </p>
      ) : (
        <>
          <table className="table" data-testid="cart-lines">
            <thead>
              <tr>
                <th>Товар</th>
                <th>Артикул</th>
                <th className="num">Количество</th>
                <th className="num">Цена без НДС</th>
                <th className="num">Сумма без НДС</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id} data-testid="cart-line">
                  <td>{l.name}</td>
                  <td>{l.sku}</td>
                  <td className="num">
                    <form action={setQuantity} className="inline-form qty-form">
                      <input type="hidden" name="line_id" value={l.id} />
                      <input name="quantity" defaultValue={l.quantity} inputMode="numeric" size={5} aria-label={`Количество ${l.sku}`} />
                      <button type="submit" className="secondary">
                        OK
                      </button>
                    </form>
                  </td>
                  <td className="num">{m(l.unit_price)}</td>
                  <td className="num" data-testid="cart-line-amount">
                    {m(l.amount)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="facts">
            <dt>Без НДС</dt>
            <dd>{m(cart?.subtotal)}</dd>
            <dt>НДС</dt>
            <dd>{m(cart?.tax_total)}</dd>
            <dt>Итого с НДС</dt>
            <dd data-testid="cart-total">
              <strong>{m(cart?.total)}</strong>
            </dd>
          </dl>
          <PlaceForm disabled={!lines.length} />
        </>
      )}
      <QuickOrderForm />
    </section>
  );
}
