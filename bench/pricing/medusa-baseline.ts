// Plain-Medusa baseline for the listing benchmark: a customer group "Оптовая (Medusa)" with an
// override price list at −10 % on every variant, and a customer in it who belongs to no company.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerGroupsWorkflow, createPriceListsWorkflow } from "@medusajs/medusa/core-flows"

export default async function baseline({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { result: groups } = await createCustomerGroupsWorkflow(container).run({
    input: { customersData: [{ name: "Оптовая (Medusa)" }] },
  })
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "prices.amount", "prices.currency_code"],
  })
  const prices = (variants as any[]).flatMap((v) =>
    (v.prices ?? [])
      .filter((p: any) => p.currency_code === "rub")
      .map((p: any) => ({
        variant_id: v.id,
        currency_code: "rub",
        amount: Math.round(Number(p.amount) * 90) / 100,
      }))
  )
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: "Оптовая (Medusa)",
          description: "baseline",
          type: "override",
          status: "active",
          rules: { "customer.groups.id": [groups[0].id] },
          prices,
        },
      ],
    },
  })
  const auth = container.resolve(Modules.AUTH)
  const customers = container.resolve(Modules.CUSTOMER)
  const email = "plain-medusa@bench.local"
  const { authIdentity } = await auth.register("emailpass", {
    body: { email, password: "demo12345" },
  } as any)
  const c = await customers.createCustomers({ email, has_account: true })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { customer_id: c.id } })
  await customers.addCustomerToGroup({ customer_id: c.id, customer_group_id: groups[0].id })
}
