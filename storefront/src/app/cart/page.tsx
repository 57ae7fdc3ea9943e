import { retrieveCart } from "@/lib/data/cart"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export const dynamic = "force-dynamic"

export default async function CartPage({
  searchParams,
}: {
  searchParams: Promise<{ vat?: string }>
}) {
  const [{ vat }, { cart, totals }] = await Promise.all([searchParams, retrieveCart()])
  return <CartTemplate cart={cart} totals={totals} vat={vat} />
}
