import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import fs from "node:fs"
import path from "node:path"
import middlewares from "../../src/api/middlewares"
import { COMPANY_MODULE } from "../../src/modules/company"
import { PRICING_ENTITIES, type PricingEntityPath } from "../../src/workflows/pricing-contract"
import { pricingCreateSchema, pricingUpdateSchema } from "../../src/api/admin/b2b/pricing/validators"
import { createAdmin, createCompany, createCustomer, rubRegion, setupShipping, storefrontKey, uniq } from "../utils/b2b"

jest.setTimeout(1800 * 1000)

/**
 * Issue 15: bad input never a 5xx. Every write route (POST/DELETE) of the plugin, read from
 * src/api/**\/route.ts at test time (a new route is covered without touching this file), and
 * Medusa's own store write routes a buyer uses (carts, line items, customers/me addresses, payment
 * collections), each body field of the route's zod schema (read from the middleware table, where
 * our validateAndTransformBody keeps the schema) given each nasty value: null bytes, control
 * characters, a 100 KB string, 1e12, 1e309, NaN-ish strings, wrong types, unknown ids; path
 * parameters the caller's own real ids (and an unknown id, and a null byte). The buyer side as a
 * company owner, /admin/b2b as an admin, /1c/api with the exchange credentials. The 1C exchange
 * protocol (/1c/exchange) speaks text, not JSON: left out.
 */

type Route = { template: string; method: "POST" | "DELETE"; schema: any; source: "plugin" | "medusa" }

const API = path.join(__dirname, "../../src/api")
const MEDUSA_STORE = path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist/api/store")

function routeFiles(root: string, file: string): string[] {
  const out: string[] = []
  for (const e of fs.readdirSync(root, { withFileTypes: true })) {
    const p = path.join(root, e.name)
    if (e.isDirectory()) out.push(...routeFiles(p, file))
    else if (e.name === file) out.push(p)
  }
  return out
}
const templateOf = (root: string, prefix: string, file: string) => prefix + path.dirname(path.relative(root, file)).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/").replace(/^\.$/, "")
const methodsOf = (src: string) => (["POST", "DELETE"] as const).filter((m) => new RegExp(`export (async function|const) ${m}\\b|^const ${m} =|exports\\.${m} =`, "m").test(src))

// the schema our validateAndTransformBody keeps on the middleware, by matcher
const matcherRe = (m: string) => new RegExp(`^${m.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/:[A-Za-z_]+/g, "[^/]+")}$`)
function pluginSchema(template: string, method: string) {
  const sample = template.replace(/:[A-Za-z_]+/g, "x")
  for (const r of (middlewares as any).routes as any[]) {
    const methods = r.method ? (Array.isArray(r.method) ? r.method : [r.method]) : null
    if (methods && !methods.includes(method)) continue
    if (typeof r.matcher !== "string" || !matcherRe(r.matcher).test(sample)) continue
    const mw = (r.middlewares ?? []).find((m: any) => m?.schema)
    if (mw) return typeof mw.schema === "function" ? mw.schema(undefined) : mw.schema
  }
  return null
}

// Medusa's own store validators for the routes a buyer writes to
function medusaSchema(template: string, method: string) {
  const carts = require("@medusajs/medusa/api/store/carts/validators")
  const customers = require("@medusajs/medusa/api/store/customers/validators")
  const payments = require("@medusajs/medusa/api/store/payment-collections/validators")
  const table: Record<string, any> = {
    "POST /store/carts": carts.CreateCart,
    "POST /store/carts/:id": carts.UpdateCart,
    "POST /store/carts/:id/line-items": carts.StoreAddCartLineItem,
    "POST /store/carts/:id/line-items/:line_id": carts.StoreUpdateCartLineItem,
    "POST /store/carts/:id/promotions": carts.StoreAddCartPromotions,
    "DELETE /store/carts/:id/promotions": carts.StoreRemoveCartPromotions,
    "POST /store/carts/:id/shipping-methods": carts.StoreAddCartShippingMethods,
    "POST /store/customers": customers.StoreCreateCustomer,
    "POST /store/customers/me": customers.StoreUpdateCustomer,
    "POST /store/customers/me/addresses": customers.StoreCreateCustomerAddress,
    "POST /store/customers/me/addresses/:address_id": customers.StoreUpdateCustomerAddress,
    "POST /store/payment-collections": payments.StoreCreatePaymentCollection,
    "POST /store/payment-collections/:id/payment-sessions": payments.StoreCreatePaymentSession,
  }
  return table[`${method} ${template}`] ?? null
}

function inventory(): Route[] {
  const routes: Route[] = []
  for (const f of routeFiles(API, "route.ts")) {
    const template = templateOf(API, "/", f)
    if (template.startsWith("/1c/exchange")) continue // text protocol
    for (const method of methodsOf(fs.readFileSync(f, "utf8"))) {
      if (template.includes(":entity")) {
        // one route per pricing entity, with that entity's schema
        for (const e of Object.keys(PRICING_ENTITIES) as PricingEntityPath[]) {
          const t = template.replace(":entity", e)
          routes.push({ template: t, method, source: "plugin", schema: method === "POST" ? (t.endsWith(":id") ? pricingUpdateSchema(e) : pricingCreateSchema(e)) : null })
        }
      } else routes.push({ template, method, source: "plugin", schema: method === "POST" ? pluginSchema(template, method) : null })
    }
  }
  for (const dir of ["carts", "customers", "payment-collections"]) {
    for (const f of routeFiles(path.join(MEDUSA_STORE, dir), "route.js")) {
      const template = templateOf(MEDUSA_STORE, "/store/", f)
      for (const method of methodsOf(fs.readFileSync(f, "utf8"))) routes.push({ template, method, source: "medusa", schema: medusaSchema(template, method) })
    }
  }
  return routes
}

// zod 4 introspection: the object fields of a schema (through optional/default/pipe/union), one level of nesting
const def = (s: any) => s?._zod?.def
function unwrap(s: any): any {
  for (let i = 0; i < 12; i++) {
    const d = def(s)
    if (!d) return s
    if (["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"].includes(d.type)) s = d.innerType
    else if (d.type === "pipe") s = d.in
    else return s
  }
  return s
}
function shapeOf(s: any): Record<string, any> | null {
  const u = unwrap(s)
  const d = def(u)
  if (d?.type === "object") return d.shape
  if (d?.type === "union") for (const o of d.options) { const sh = shapeOf(o); if (sh) return sh }
  if (d?.type === "intersection") return { ...(shapeOf(d.left) ?? {}), ...(shapeOf(d.right) ?? {}) }
  return null
}
function fieldPaths(schema: any): (string | number)[][] {
  const shape = shapeOf(schema)
  if (!shape) return []
  const out: (string | number)[][] = []
  for (const [k, v] of Object.entries(shape)) {
    out.push([k])
    const u = unwrap(v)
    const d = def(u)
    const inner = d?.type === "array" ? shapeOf(d.element) : d?.type === "object" ? shapeOf(u) : null
    if (inner) for (const sub of Object.keys(inner)) out.push(d.type === "array" ? [k, 0, sub] : [k, sub])
    if (d?.type === "record") out.push([k, "note"])
  }
  return out
}

const RAW_1E309 = "__RAW_1E309__"
const NASTY: [string, unknown][] = [
  ["null byte", "\u0000"],
  ["null byte inside", "ab\u0000cd"],
  ["control characters", "x\u0007\u001b[31my\u007f"],
  ["bidi override + lone surrogate", "\u202eabc\ud800"],
  ["100 KB string", "я".repeat(100 * 1024)],
  ["1e12", 1e12],
  ["1e309 (raw JSON number)", RAW_1E309],
  ["'1e309' string", "1e309"],
  ["'NaN' string", "NaN"],
  ["-1", -1],
  ["1.5", 1.5],
  ["true", true],
  ["[]", []],
  ["{}", {}],
  ["null", null],
  ["unknown id", "does_not_exist_01JZZZZZZZZZZZZZZZZZZZZZZZ"],
]

const NESTED = ["null byte inside", "control characters", "bidi override + lone surrogate", "100 KB string", "1e12", "1e309 (raw JSON number)", "-1", "[]"]

function setPath(body: any, p: (string | number)[], value: unknown) {
  let cur = body
  for (let i = 0; i < p.length - 1; i++) {
    const k = p[i]
    const nextIsIndex = typeof p[i + 1] === "number"
    if (cur[k] === undefined || cur[k] === null || typeof cur[k] !== "object") cur[k] = nextIsIndex ? [{}] : {}
    cur = cur[k]
  }
  cur[p[p.length - 1]] = value
  return body
}
const serialize = (body: unknown) => JSON.stringify(body).split(`"${RAW_1E309}"`).join("1e309")

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("no 5xx from any write route on null bytes, control characters, huge and non-finite numbers, 100 KB strings, wrong types and unknown ids; /health still 200", async () => {
      const c = getContainer()
      const saved = { guest: process.env.B2B_GUEST_ONE_CLICK, login: process.env.ONE_C_EXCHANGE_LOGIN, password: process.env.ONE_C_EXCHANGE_PASSWORD }
      process.env.B2B_GUEST_ONE_CLICK = "true"
      process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
      process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"
      try {
        // ---- fixtures: the caller's own objects, real ids for every path parameter
        const admin = await createAdmin(c)
        const { sc, pk } = await storefrontKey(c)
        const regionId = await rubRegion(c)
        const [loc] = await c.resolve(Modules.STOCK_LOCATION).createStockLocations([{ name: "Склад", address: { city: "Москва", address_1: "ул. Складская, 1", country_code: "ru" } }])
        await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: loc.id } })
        const ship = await setupShipping(c, loc.id)
        const { result: products } = await createProductsWorkflow(c).run({
          input: { products: [{ title: "Автомат 16А", status: "published", shipping_profile_id: ship.shippingProfileId, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["шт"] }], variants: [{ title: "шт", sku: "FZ-1", options: { Вид: "шт" }, manage_inventory: false, prices: [{ amount: 100, currency_code: "rub" }] }] }] },
        })
        const variantId = products[0].variants[0].id
        const owner = await createCustomer(api, pk)
        const member = await createCustomer(api, pk)
        const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }, { customer_id: member.id, role: "buyer" }])
        const h = owner.headers(le.id)
        const A = admin.headers
        const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
        const line = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 2 }, { headers: h })).data.cart.items[0]
        const address = (await api.post(`/store/b2b/addresses`, { address: "г. Москва, ул. Тверская, д. 1" }, { headers: h })).data.address
        const savedCart = (await api.post(`/store/b2b/saved-carts`, { cart_id: cart.id, name: "Список" }, { headers: h })).data.saved_cart
        const role = (await api.post(`/store/b2b/roles`, { code: "fuzz_role", name: "Роль", permissions: ["cart.manage"] }, { headers: h })).data.role
        const invitation = (await api.post(`/store/b2b/invitations`, { email: `${uniq("inv")}@test.local`, role_id: "role_buyer" }, { headers: h })).data.invitation
        const employees = (await api.get(`/store/b2b/employees`, { headers: h })).data.employees
        const memberEmployee = employees.find((e: any) => e.customer_id === member.id)
        const orders = c.resolve(Modules.ORDER)
        const order = await orders.createOrders({ email: owner.email, customer_id: owner.id, currency_code: "rub", status: "pending", items: [{ title: "Кабель", quantity: 10, unit_price: 95.5 }] } as any)
        await c.resolve(ContainerRegistrationKeys.LINK).create({ [COMPANY_MODULE]: { b2b_legal_entity_id: le.id }, [Modules.ORDER]: { order_id: order.id } })
        const request = (await api.post(`/store/b2b/orders/${order.id}/requests`, { type: "feedback", message: "Спасибо" }, { headers: h })).data.request
        const custAddress = (await api.post(`/store/customers/me/addresses`, { address_1: "ул. Тверская, 1", city: "Москва", country_code: "ru" }, { headers: h })).data.customer.addresses[0]
        const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
        const holding = (await api.post(`/admin/b2b/holdings`, { name: "Холдинг" }, { headers: A })).data.holding
        const seller = (await api.post(`/admin/b2b/seller-organizations`, { name: "Продавец", full_name: "ООО Продавец", inn: "7707083893" }, { headers: A })).data.seller_organization
        const credit = (await api.post(`/admin/b2b/credit/accounts`, { legal_entity_id: le.id, credit_limit: "100000" }, { headers: A })).data.credit_account
        const status = (await api.post(`/admin/b2b/order-statuses`, { code: "fuzz", name: "Проверка" }, { headers: A })).data
        const statusCode = status.order_status?.code ?? status.status?.code ?? "fuzz"
        const priceType = (await api.post(`/admin/b2b/pricing/price-types`, { code: "base", name: "Базовая", is_base: true }, { headers: A })).data.price_type
        const priceList = (await api.post(`/admin/b2b/pricing/price-lists`, { name: "Опт", legal_entity_id: le.id }, { headers: A })).data.price_list
        const reg = (await api.post(`/store/b2b/registration-requests`, { inn: "7707083893", company_name: "ООО Ромашка", contact_name: "Анна", email: `${uniq("reg")}@test.local`, consent: true }, { headers: { "x-publishable-api-key": pk } })).data
        const regId = reg.registration_request?.id ?? reg.request?.id
        const pricingIds: Record<string, string> = { "price-types": priceType.id, "price-lists": priceList.id }
        const MISSING = "does_not_exist_01JZZZZZZZZZZZZZZZZZZZZZZZ"

        const idFor = (template: string, param: string, segment: string): string => {
          const pricing = /^\/admin\/b2b\/pricing\/([^/]+)\/:id$/.exec(template)
          if (pricing) return pricingIds[pricing[1]] ?? MISSING
          if (template.startsWith("/store/customers/me/addresses")) return custAddress.id
          if (template.startsWith("/store/payment-collections")) return pc.id
          if (param === "line_id") return line.id
          if (param === "code") return statusCode
          if (param === "order_id") return order.id
          const bySegment: Record<string, string> = {
            addresses: address.id, carts: cart.id, employees: memberEmployee.id, invitations: invitation.id, orders: order.id, requests: request.id,
            roles: role.id, "saved-carts": savedCart.id, accounts: credit.id, holdings: holding.id, "legal-entities": le.id, "seller-organizations": seller.id,
            "registration-requests": regId, "order-statuses": statusCode,
          }
          return bySegment[segment] ?? MISSING
        }
        const urlOf = (template: string, override?: string) => {
          const parts = template.split("/")
          return parts.map((p, i) => (p.startsWith(":") ? encodeURIComponent(override ?? idFor(template, p.slice(1), parts[i - 1])) : p)).join("/")
        }
        const headersOf = (template: string): Record<string, string> =>
          template.startsWith("/admin/") ? A : template.startsWith("/1c/") ? { authorization: `Basic ${Buffer.from("exchange:s3cret-exchange").toString("base64")}` } : h

        // valid bodies where a nasty value in one field should meet everything else right
        const samples: Record<string, Record<string, unknown>> = {
          "POST /store/b2b/addresses": { address: "г. Москва, ул. Тверская, д. 1" },
          "POST /store/b2b/saved-carts": { cart_id: cart.id, name: "Список" },
          "POST /store/b2b/roles": { code: "fuzz_x", name: "Роль", permissions: ["cart.manage"] },
          "POST /store/b2b/invitations": { email: "fuzz@test.local", role_id: "role_buyer" },
          "POST /store/b2b/one-click": { variant_id: variantId, quantity: 1 },
          "POST /store/b2b/carts/:id/quick-order": { text: "FZ-1 1" },
          "POST /store/b2b/orders/:id/requests": { type: "feedback", message: "Текст" },
          "POST /store/b2b/registration-requests": { inn: "7707083893", company_name: "ООО", contact_name: "Анна", email: "r@test.local", consent: true },
          "POST /store/b2b/guest-orders": { items: [{ variant_id: variantId, quantity: 1 }], phone: "+7 915 123-45-67", email: "g@test.local", consent: true },
          "POST /admin/b2b/holdings": { name: "Холдинг" },
          "POST /admin/b2b/credit/accounts": { holding_id: holding.id, credit_limit: "1000" },
          "POST /admin/b2b/product-terms": { terms: [{ product_id: products[0].id, min_quantity: 1 }] },
          "POST /admin/b2b/pricing/variant-prices": { prices: [{ variant_id: variantId, price_type_id: priceType.id, amount: "1.00" }] },
          "POST /admin/b2b/pricing/price-rules": { price_list_id: priceList.id, target_type: "product", target_id: products[0].id, kind: "discount_percent", value: "5" },
          "POST /store/carts/:id/line-items": { variant_id: variantId, quantity: 1 },
          "POST /store/carts/:id/line-items/:line_id": { quantity: 2 },
          "POST /store/customers/me/addresses": { address_1: "ул. Тверская, 1", city: "Москва", country_code: "ru" },
        }

        // ---- the sweep
        const routes = inventory().sort((a, b) => (a.method === b.method ? a.template.localeCompare(b.template) : a.method === "POST" ? -1 : 1))
        const failures: string[] = []
        let sent = 0
        const send = async (r: Route, url: string, body: unknown, what: string) => {
          sent++
          const res = await api.request({ method: r.method, url, data: serialize(body), headers: { ...headersOf(r.template), "content-type": "application/json" }, validateStatus: () => true, transformRequest: [(d: unknown) => d] })
          if (res.status >= 500) failures.push(`${r.method} ${r.template} ${what}: ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`)
        }
        let withSchema = 0
        for (const r of routes) {
          const url = urlOf(r.template)
          const paths = r.schema ? fieldPaths(r.schema) : []
          if (paths.length) withSchema++
          const base = samples[`${r.method} ${r.template}`] ?? {}
          for (const p of paths) {
            // nested fields (terms[0].min_quantity, metadata.note) get the short list; four requests at a time
            const values = p.length > 1 ? NASTY.filter(([n]) => NESTED.includes(n)) : NASTY
            // (one at a time on cart routes: Medusa's cart lock refuses concurrent writes with a 500 of its own)
            const width = /carts|payment-collections/.test(r.template) ? 1 : 4
            for (let i = 0; i < values.length; i += width) {
              await Promise.all(values.slice(i, i + width).map(([name, value]) => send(r, url, setPath(structuredClone(base), p, value), `${p.join(".")}=${name}`)))
            }
          }
          // fields the schema does not know, a body of the wrong type, nasty values in path parameters
          await send(r, url, { ...base, unknown_field: "\u0000", metadata: { "k\u0000": 1 } }, "unknown fields")
          await send(r, url, [RAW_1E309, "\u0000"], "array body")
          if (r.template.includes(":")) {
            await send(r, urlOf(r.template, "\u0000"), base, "null byte in path")
            await send(r, urlOf(r.template, "does_not_exist"), base, "unknown id in path")
          }
        }
        console.log(`input fuzz: ${sent} requests to ${routes.length} write routes (${routes.filter((r) => r.source === "plugin").length} of the plugin, ${routes.filter((r) => r.source === "medusa").length} of Medusa's store; ${withSchema} with schema fields), ${failures.length} answered 5xx`)
        expect(routes.filter((r) => r.source === "plugin").length).toBeGreaterThan(80)
        expect(failures).toEqual([])
        expect((await api.get(`/health`)).status).toBe(200)
        expect((await api.get(`/store/b2b/me`, { headers: h })).status).toBe(200)
      } finally {
        for (const [k, v] of [["B2B_GUEST_ONE_CLICK", saved.guest], ["ONE_C_EXCHANGE_LOGIN", saved.login], ["ONE_C_EXCHANGE_PASSWORD", saved.password]] as const) {
          if (v === undefined) delete process.env[k]
          else process.env[k] = v
        }
      }
    })
  },
})
