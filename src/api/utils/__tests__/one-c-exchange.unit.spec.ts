import { exchangeAliasPath } from "../one-c-exchange"

describe("ONE_C_EXCHANGE_PATH", () => {
  it("is off when unset or equal to the default path", () => {
    expect(exchangeAliasPath(undefined)).toBeNull()
    expect(exchangeAliasPath("")).toBeNull()
    expect(exchangeAliasPath("/1c/exchange/")).toBeNull()
  })
  it("accepts plain paths, trailing slash dropped", () => {
    expect(exchangeAliasPath("/bitrix/admin/1c_exchange.php")).toBe("/bitrix/admin/1c_exchange.php")
    expect(exchangeAliasPath("/exchange/1c/")).toBe("/exchange/1c")
  })
  it("refuses relative, odd or traversing paths with the variable named", () => {
    for (const bad of ["bitrix/1c.php", "/a b", "/a//b", "/a/../store", "/x?y=1"]) {
      expect(() => exchangeAliasPath(bad)).toThrow(/ONE_C_EXCHANGE_PATH/)
    }
  })
  it("refuses paths that would shadow the portal's own routes", () => {
    for (const bad of ["/store/1c", "/admin", "/auth/x", "/app/1c", "/1c/api/exchange"]) {
      expect(() => exchangeAliasPath(bad)).toThrow(/shadow/)
    }
  })
})
