import { discoverRoutes } from "./route-tree"
import { ROUTE_INVENTORY, routeKey } from "../route-inventory"
import { STORE_PERMISSION_ROUTES } from "../store-permissions"
import { PERMISSIONS } from "../../modules/company/permissions"
import { exactRoute, GUARDED_KINDS } from "../utils/route-guards"

describe("route inventory", () => {
  const discovered = discoverRoutes()
  const inventory = new Map(ROUTE_INVENTORY.map((e) => [routeKey(e.method, e.path), e]))

  it("reads both route trees", () => {
    // a wrong root would make every other check here vacuous
    expect(discovered.filter((r) => r.source === "medusa").length).toBeGreaterThan(400)
    expect(discovered.filter((r) => r.source === "plugin").length).toBeGreaterThan(100)
    expect(discovered.some((r) => r.method === "POST" && r.path === "/store/returns")).toBe(true)
  })

  it("classifies every route the server answers, Medusa's and ours", () => {
    const missing = discovered
      .filter((r) => !inventory.has(routeKey(r.method, r.path)))
      .map((r) => `${r.method} ${r.path} (${r.source})`)
    expect(missing).toEqual([])
  })

  it("names no route that does not exist, and none twice", () => {
    const real = new Set(discovered.map((r) => routeKey(r.method, r.path)))
    expect(
      ROUTE_INVENTORY.filter((e) => !real.has(routeKey(e.method, e.path))).map((e) =>
        routeKey(e.method, e.path)
      )
    ).toEqual([])
    expect(inventory.size).toBe(ROUTE_INVENTORY.length)
  })

  it("agrees with the permission table of the buyer API", () => {
    for (const r of STORE_PERMISSION_ROUTES) {
      expect([
        routeKey(r.method, r.matcher),
        inventory.get(routeKey(r.method, r.matcher))?.access,
      ]).toEqual([routeKey(r.method, r.matcher), "member"])
    }
    const unknownPerm = ROUTE_INVENTORY.filter(
      (e) => e.perm && !(PERMISSIONS as readonly string[]).includes(e.perm)
    )
    expect(unknownPerm).toEqual([])
  })

  it("every object a Medusa route names in its body or query, or an admin route in its path, is guarded", () => {
    const medusa = new Set(
      discovered.filter((r) => r.source === "medusa").map((r) => routeKey(r.method, r.path))
    )
    const unguarded = ROUTE_INVENTORY.filter(
      (e) => medusa.has(routeKey(e.method, e.path)) || e.access === "manager"
    )
      // b2b_* objects of our own routes are checked by their handlers (and the matrix proves it)
      .flatMap((e) =>
        e.refs
          .filter((ref) => !GUARDED_KINDS.includes(ref.kind) && !ref.kind.startsWith("b2b_"))
          .map((ref) => `${e.method} ${e.path} ${ref.where}.${ref.key}:${ref.kind}`)
      )
    expect(unguarded).toEqual([])
    // a Medusa store route taking an id in its body or query must name it (the holes of issue 15)
    const named = (m: string, p: string) =>
      inventory.get(routeKey(m, p))?.refs.map((r) => `${r.where}.${r.key}`) ?? []
    expect(named("POST", "/store/returns")).toContain("body.order_id")
    expect(named("POST", "/store/payment-collections")).toContain("body.cart_id")
    expect(named("GET", "/store/shipping-options")).toContain("query.cart_id")
    expect(named("POST", "/store/shipping-options/:id/calculate")).toContain("body.cart_id")
  })

  it("guards registered without a method apply to their own route only, not to longer paths", () => {
    expect(exactRoute("/admin/payments").test("/admin/payments")).toBe(true)
    expect(exactRoute("/admin/payments").test("/admin/payments/pay_1")).toBe(false)
    expect(exactRoute("/admin/payments").test("/admin/payments/payment-providers")).toBe(false)
    expect(exactRoute("/store/carts/:id").test("/store/carts/cart_1")).toBe(true)
    expect(exactRoute("/store/carts/:id").test("/store/carts/cart_1/complete")).toBe(false)
    expect(
      exactRoute("/store/carts/:id/line-items/:line_id").test("/store/carts/c/line-items/l/")
    ).toBe(true)
    expect(
      exactRoute("/store/shipping-options/:id/calculate").test(
        "/store/shipping-options/so_1/calculate"
      )
    ).toBe(true)
  })
})
