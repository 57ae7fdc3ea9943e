import { listOrders, retrieveCredit } from "@/lib/data/account"
import { OverviewTemplate } from "@/modules/account/templates/overview-template"

export const dynamic = "force-dynamic"

export default async function AccountPage() {
  const [credit, orders] = await Promise.all([retrieveCredit(), listOrders({ limit: 5 })])
  return <OverviewTemplate credit={credit} orders={orders} />
}
