import { retrieveOrder } from "@/lib/data/account"
import { OrderTemplate } from "@/modules/account/templates/order-template"

export const dynamic = "force-dynamic"

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ placed?: string; vat?: string }>
}) {
  const { id } = await params
  const { placed, vat } = await searchParams
  return <OrderTemplate result={await retrieveOrder(id)} placed={!!placed} vat={vat} />
}
