import type { Product } from "@/types/catalog"
import { variantRows } from "@/lib/util/product-view"
import { pricesDisplay, vatLabel } from "@/lib/util/vat-view"
import { Empty, Notice } from "@/modules/common/components/feedback"

import { VariantsTable } from "../components/variants-table"

export function ProductNotFound({ error }: { error: string | null }) {
  return (
    <section>
      <h1>Товар не найден</h1>
      <Empty>{error ?? "Такого товара нет в каталоге или он вам недоступен."}</Empty>
      <a href="/">В каталог</a>
    </section>
  )
}

/** A product's page: picture, description and its variants with contract prices. */
export function ProductTemplate({
  product: p,
  signedIn,
  vat,
}: {
  product: Product
  signedIn: boolean
  /** The buyer's `?vat=` choice; without one, prices are shown in their price type's terms. */
  vat?: string
}) {
  const display = pricesDisplay(
    vat,
    p.variants.map((v) => v.b2b_price)
  )
  const other = display === "with" ? "without" : "with"
  const priced = p.variants.some((v) => v.b2b_price?.amount != null)
  return (
    <section>
      <p className="mt-4 text-sm">
        <a href="/">← Каталог</a>
      </p>
      <h1 data-testid="product-title">{p.title}</h1>
      <div className={`my-4 grid gap-6 ${p.thumbnail ? "sm:grid-cols-[220px_minmax(0,1fr)]" : ""}`}>
        {p.thumbnail && (
          <img
            className="aspect-[4/3] w-full rounded-lg bg-ui-bg-base object-contain shadow-elevation-card-rest"
            src={p.thumbnail}
            alt=""
          />
        )}
        <div className="min-w-0 max-w-3xl text-sm leading-relaxed">
          {p.description && <p className="break-words">{p.description}</p>}
          {!signedIn && (
            <Notice>
              <a
                href={`/login?next=${encodeURIComponent(`/products/${encodeURIComponent(p.handle)}`)}`}
              >
                Войдите
              </a>
              , чтобы видеть цены по договору и заказывать.
            </Notice>
          )}
        </div>
      </div>
      {priced && (
        <p className="mb-2 text-sm text-ui-fg-subtle" data-testid="product-vat">
          Цены {vatLabel(display)}.{" "}
          <a
            href={`/products/${encodeURIComponent(p.handle)}?vat=${other}`}
            data-testid="product-vat-toggle"
          >
            Показать {vatLabel(other)}
          </a>
        </p>
      )}
      <VariantsTable rows={variantRows(p.variants, display)} signedIn={signedIn} />
    </section>
  )
}
