import type { Cart, MoneyTotals } from "@/types/cart"
import { cartLines } from "@/lib/util/cart-view"
import { formatMoney } from "@/lib/util/format"
import { lineView, vatDisplay, vatLabel } from "@/lib/util/vat-view"
import { Empty } from "@/modules/common/components/feedback"
import { Facts } from "@/modules/common/components/facts"

import { CartLines } from "../components/cart-lines"
import { PlaceOrderForm } from "../components/place-order-form"
import { QuickOrderForm } from "../components/quick-order-form"

/**
 * The cart: its lines, net / VAT / gross from the backend's one money rule, shown with or without VAT as the
 * buyer chose (`?vat=`), else as the price type is; the one-click order and the quick order by articles.
 */
export function CartTemplate({
  cart,
  totals,
  vat,
}: {
  cart: Cart | null
  totals: MoneyTotals | null
  vat?: string
}) {
  const lines = cartLines(cart)
  const display = vatDisplay(vat, totals?.vat_included)
  const shown = new Map((totals?.lines ?? []).map((l) => [l.id, lineView(l, display)]))
  const other = display === "with" ? "without" : "with"
  const m = (v: number | string | null | undefined) => formatMoney(v, cart?.currency_code ?? "rub")
  return (
    <section>
      <h1>Корзина</h1>
      {lines.length === 0 ? (
        <Empty testId="cart-empty">
          Корзина пуста. Добавьте товары быстрым заказом по артикулам.
        </Empty>
      ) : (
        <>
          <CartLines lines={lines} shown={shown} vat={vatLabel(display)} money={m} />
          <p className="mt-3 text-sm text-ui-fg-subtle">
            Цены{" "}
            {totals?.vat_included === false
              ? "по договору указаны без НДС, НДС начисляется сверху"
              : "по договору включают НДС"}
            .{" "}
            <a href={`/cart?vat=${other}`} data-testid="cart-vat-toggle">
              Показать {vatLabel(other)}
            </a>
          </p>
          <div className="mt-4 flex flex-col gap-4 rounded-lg bg-ui-bg-base p-4 shadow-elevation-card-rest sm:flex-row sm:items-end sm:justify-between">
            <Facts>
              <dt>Без НДС</dt>
              <dd data-testid="cart-net">{m(totals?.net ?? cart?.subtotal)}</dd>
              <dt>НДС</dt>
              <dd data-testid="cart-vat">{m(totals?.vat ?? cart?.tax_total)}</dd>
              <dt>Итого с НДС</dt>
              <dd data-testid="cart-total">
                <strong>{m(totals?.gross ?? cart?.total)}</strong>
              </dd>
            </Facts>
            <div className="sm:max-w-xs">
              <PlaceOrderForm disabled={!lines.length} />
            </div>
          </div>
        </>
      )}
      <QuickOrderForm />
    </section>
  )
}
