import { isSignedIn } from "@/lib/data/auth"
import { retrieveProduct } from "@/lib/data/catalog"
import { routeParam } from "@/lib/util/product-view"
import { ProductNotFound, ProductTemplate } from "@/modules/products/templates/product-template"

export const dynamic = "force-dynamic"

/**
 * The product by handle through Medusa's store API (js-sdk); for a signed-in buyer the backend adds the
 * contract price of each variant and leaves out products a mass rule hides from them.
 */
export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ handle: string }>
  searchParams: Promise<{ vat?: string }>
}) {
  const handle = routeParam((await params).handle)
  const [{ product, error }, signedIn, { vat }] = await Promise.all([
    retrieveProduct(handle),
    isSignedIn(),
    searchParams,
  ])
  if (!product) return <ProductNotFound error={error} />
  return <ProductTemplate product={product} signedIn={signedIn} vat={vat} />
}
