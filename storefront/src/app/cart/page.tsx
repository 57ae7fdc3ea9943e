import { cookies } from "next/headers"

import { apiGet } from "@/lib/b2b-api"
import { type Cart, cartLines } from "@/lib/cart-view"
import { formatMoney } from "@/lib/format"
import { type MoneyTotals, lineView, vatDisplay, vatLabel } from "@/lib/vat-view"
import { CART_COOKIE, apiTarget } from "@/lib/session"

import { setQuantity } from "./actions"
import { PlaceForm } from "./place-form"
import { QuickOrderForm } from "./quick-order-form"

export const dynamic = "force-dynamic"

const FIELDS = "id,currency_code,completed_at,total,subtotal,tax_total,*items"

export default async function CartPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; vat?: string }>
}) {
  const sp = await searchParams
  const t = await apiTarget()
  const id = (await cookies()).get(CART_COOKIE)?.value
  const r = id
    ? await apiGet<{ cart: Cart }>(t, `/store/carts/${encodeURIComponent(id)}`, { fields: FIELDS })
    : null
  const cart = r?.ok && !r.data.cart.completed_at ? r.data.cart : null
  const lines = cartLines(cart)
  // net / VAT / gross from the backend's one money rule; shown with or without VAT as chosen, else as the price type is
  const tr =
    cart && lines.length
      ? await apiGet<{ totals: MoneyTotals }>(
          t,
          `/store/b2b/carts/${encodeURIComponent(cart.id)}/totals`
        )
      : null
  const totals = tr?.ok ? tr.data.totals : null
  const display = vatDisplay(sp.vat, totals?.vat_included)
  const shown = new Map((totals?.lines ?? []).map((l) => [l.id, lineView(l, display)]))
  const other = display === "with" ? "without" : "with"
  const m = (v: number | string | null | undefined) => formatMoney(v, cart?.currency_code ?? "rub")
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
                <th className="num" data-testid="cart-price-label">
                  Цена {vatLabel(display)}
                </th>
                <th className="num">Сумма {vatLabel(display)}</th>
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
                      <input
                        name="quantity"
                        defaultValue={l.quantity}
                        inputMode="numeric"
                        size={5}
                        aria-label={`Количество ${l.sku}`}
                      />
                      <button type="submit" className="secondary">
                        OK
                      </button>
                    </form>
                  </td>
                  <td className="num">
                    {shown.get(l.id)?.derived ? "≈ " : ""}
                    {m(shown.get(l.id)?.unit_price ?? l.unit_price)}
                  </td>
                  <td className="num" data-testid="cart-line-amount">
                    {m(shown.get(l.id)?.amount ?? l.amount)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            Цены{" "}
            {totals?.vat_included === false
              ? "по договору указаны без НДС, НДС начисляется сверху"
              : "по договору включают НДС"}
            .{" "}
            <a href={`/cart?vat=${other}`} data-testid="cart-vat-toggle">
              Показать {vatLabel(other)}
            </a>
          </p>
          <dl className="facts">
            <dt>Без НДС</dt>
            <dd data-testid="cart-net">{m(totals?.net ?? cart?.subtotal)}</dd>
            <dt>НДС</dt>
            <dd data-testid="cart-vat">{m(totals?.vat ?? cart?.tax_total)}</dd>
            <dt>Итого с НДС</dt>
            <dd data-testid="cart-total">
              <strong>{m(totals?.gross ?? cart?.total)}</strong>
            </dd>
          </dl>
          <PlaceForm disabled={!lines.length} />
        </>
      )}
      <QuickOrderForm />
    </section>
  )
}
