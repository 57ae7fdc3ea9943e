import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { innFrom9 } from "../../src/modules/company"

type Api = { get: Function; post: Function; delete: Function }

let seq = 0
export const uniq = (p = "x") => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`
export const randomInn = () => innFrom9(String(100000000 + Math.floor(Math.random() * 899999999)))

/** An admin user with a JWT (as the admin dashboard would hold after login). */
export async function createAdmin(container: MedusaContainer, email = `${uniq("admin")}@test.local`) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email })
  const identity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: { user_id: user.id } },
    { secret: projectConfig.http.jwtSecret!, expiresIn: "1d" }
  )
  return { user, headers: { authorization: `Bearer ${token}` } }
}

export async function createPublishableKey(container: MedusaContainer) {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const key = await apiKeyModule.createApiKeys({ title: "test", type: "publishable", created_by: "test" })
  return key.token as string
}

/** A customer with an emailpass account, signed in: returns its id and store headers. */
export async function createCustomer(api: Api, pk: string, email = `${uniq("buyer")}@test.local`, password = "password123") {
  const reg = await api.post(`/auth/customer/emailpass/register`, { email, password })
  const regToken = reg.data.token
  const created = await api.post(
    `/store/customers`,
    { email, first_name: "Иван", last_name: "Петров" },
    { headers: { authorization: `Bearer ${regToken}`, "x-publishable-api-key": pk } }
  )
  const login = await api.post(`/auth/customer/emailpass`, { email, password })
  return {
    id: created.data.customer.id as string,
    email,
    password,
    headers: (counterparty?: string) => ({
      authorization: `Bearer ${login.data.token}`,
      "x-publishable-api-key": pk,
      ...(counterparty ? { "x-b2b-counterparty": counterparty } : {}),
    }),
  }
}

/** A legal entity created through the admin API, with the given customers attached with roles. */
export async function createCompany(
  api: Api,
  adminHeaders: Record<string, string>,
  members: { customer_id: string; role: "owner" | "buyer" | "accountant" | "viewer" | string }[],
  extra: Record<string, unknown> = {}
) {
  const le = (await api.post(`/admin/b2b/legal-entities`, { name: uniq("ООО Тест "), inn: randomInn(), ...extra }, { headers: adminHeaders }))
    .data.legal_entity
  for (const m of members) {
    const role_id = m.role.startsWith("role_") ? m.role : `role_${m.role}`
    await api.post(`/admin/b2b/legal-entities/${le.id}/employees`, { customer_id: m.customer_id, role_id }, { headers: adminHeaders })
  }
  return le as { id: string; name: string; inn: string }
}

/** Latest notification sent to an address (local provider stores them through the notification module). */
export async function lastNotification(container: MedusaContainer, to: string, template?: string) {
  const notif = container.resolve(Modules.NOTIFICATION)
  const rows = await notif.listNotifications({ to, ...(template ? { template } : {}) } as any, { order: { created_at: "DESC" }, take: 1 })
  return rows[0] as { data: Record<string, any>; template: string } | undefined
}

export const tokenFromLink = (link: string) => new URL(link).searchParams.get("token")!

/** Status of a request that is expected to fail (axios throws on 4xx). */
export async function statusOf(p: Promise<any>): Promise<number> {
  try {
    return (await p).status
  } catch (e: any) {
    if (!e.response) throw e
    return e.response.status
  }
}

/**
 * Delivery from a stock location: shipping profile, fulfillment set with a Russia-wide service
 * zone, the manual fulfillment provider and a flat-rate option. Returns the ids products and carts need.
 */
export async function setupShipping(container: MedusaContainer, locationId: string, name = "Доставка") {
  const { createShippingOptionsWorkflow, createShippingProfilesWorkflow } = await import("@medusajs/medusa/core-flows")
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { result: profiles } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: uniq("Стандарт "), type: "default" }] } })
  const set = await fulfillment.createFulfillmentSets({
    name: uniq(`${name} `),
    type: "shipping",
    service_zones: [{ name: "Россия", geo_zones: [{ type: "country", country_code: "ru" }] }],
  })
  await link.create([
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
  ])
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name,
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id: profiles[0].id,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: name, description: name, code: "delivery" },
        prices: [{ currency_code: "rub", amount: 500 }],
      } as any,
    ],
  })
  return { shippingProfileId: profiles[0].id as string, shippingOptionId: options[0].id as string }
}

/** Text of a PDF as pdftotext sees it, with every kind of space folded to a plain one. */
export function pdfText(buf: Buffer): string {
  const { execFileSync } = require("node:child_process") as typeof import("node:child_process")
  const fs = require("node:fs") as typeof import("node:fs")
  const os = require("node:os") as typeof import("node:os")
  const path = require("node:path") as typeof import("node:path")
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doc-"))
  const file = path.join(dir, "d.pdf")
  fs.writeFileSync(file, buf)
  try {
    return execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8").replace(/[\u00a0\u202f\u2009]/g, " ").replace(/[ \t]+/g, " ")
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** A "B2B" sales channel with a publishable key linked to it (what the storefront uses). */
export async function storefrontKey(container: MedusaContainer) {
  const sc = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "B2B" })
  const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "sf", type: "publishable", created_by: "test" })
  await container.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.API_KEY]: { publishable_key_id: key.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id } })
  return { sc, pk: key.token as string }
}

/** The rouble region "Россия" with the system payment provider ("on account"). */
export async function rubRegion(container: MedusaContainer): Promise<string> {
  const { createRegionsWorkflow } = require("@medusajs/medusa/core-flows") as typeof import("@medusajs/medusa/core-flows")
  const { result } = await createRegionsWorkflow(container).run({ input: { regions: [{ name: "Россия", currency_code: "rub", countries: ["ru"], payment_providers: ["pp_system_default"] }] } })
  return result[0].id
}

/** Polls until `get` answers something truthy (200 ms apart, 30 s at most). */
export async function until<T>(get: () => Promise<T | undefined | null | false>, what: string): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const v = await get()
    if (v) return v
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** Cart → payment session "on account" → completed order. */
export async function placeOrder(api: Api, h: Record<string, string>, regionId: string, items: { variant_id: string; quantity: number }[]) {
  const cart = (await api.post(`/store/carts`, { region_id: regionId, items }, { headers: h })).data.cart
  const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
  await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
  return (await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: h })).data.order
}
