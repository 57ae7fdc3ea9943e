import { retrieveCart } from "@/lib/data/cart"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export const dynamic = "force-dynamic"

export default async function CartPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; vat?: string }>
}) {
  const [{ error, vat }, { cart, totals }] = await Promise.all([searchParams, retrieveCart()])
  return <CartTemplate cart={cart} totals={totals} error={error} vat={vat} />
}
