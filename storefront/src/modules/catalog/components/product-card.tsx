import { type ProductCard as Card, pluralVariants } from "@/lib/util/products"

/** A product of the catalog: picture, name, article, variants and — for a signed-in buyer — the contract price. */
export function ProductCard({ product: x }: { product: Card }) {
  return (
    <li
      className="flex min-w-0 flex-col gap-3 rounded-lg bg-ui-bg-base p-4 shadow-elevation-card-rest transition-shadow hover:shadow-elevation-card-hover"
      data-testid="product-card"
    >
      {x.thumbnail ? (
        <img
          className="aspect-[4/3] w-full rounded-md bg-ui-bg-component object-contain"
          src={x.thumbnail}
          alt=""
          loading="lazy"
        />
      ) : (
        <div
          className="flex h-20 w-full items-center justify-center rounded-md bg-ui-bg-component text-xs text-ui-fg-muted max-[479px]:hidden"
          aria-hidden="true"
        >
          нет фото
        </div>
      )}
      <h2 className="product-title m-0 break-words text-base font-semibold leading-snug">
        {x.handle ? (
          <a href={`/products/${encodeURIComponent(x.handle)}`} className="text-ui-fg-base">
            {x.title}
          </a>
        ) : (
          x.title
        )}
      </h2>
      <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm [&>dd]:m-0 [&>dd]:text-right [&>dt]:text-ui-fg-subtle">
        <dt>Артикул</dt>
        <dd className="break-all" data-testid="product-sku">
          {x.firstSku ?? "—"}
        </dd>
        <dt>Варианты</dt>
        <dd>{pluralVariants(x.variantCount)}</dd>
        {x.contractPrice && (
          <>
            <dt data-testid="contract-price-label">Цена {x.contractPriceVat}</dt>
            <dd className="font-semibold text-ui-fg-base" data-testid="contract-price">
              {x.contractPrice}
            </dd>
          </>
        )}
      </dl>
    </li>
  )
}
