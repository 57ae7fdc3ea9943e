import {
  buyerCode,
  cancelRefusal,
  DEFAULT_B2B_STATUSES,
  effectiveCode,
  finalStatusFor,
  oneCStatus,
  statusFrom1C,
  type B2bStatus,
} from "../order-statuses"

const list: B2bStatus[] = [
  ...DEFAULT_B2B_STATUSES,
  {
    ...DEFAULT_B2B_STATUSES[1],
    code: "internal_check",
    name: "Проверка",
    one_c_id: null,
    one_c_name: null,
    buyer_visible: false,
  },
]
const byCode = new Map(list.map((s) => [s.code, s]))

describe("B2B order statuses", () => {
  it("maps a 1C status by id, then by the [id] prefix, then by name; unknown → null", () => {
    expect(statusFrom1C(list, "C", null)?.code).toBe("canceled")
    expect(statusFrom1C(list, "ZZ", "[K] что угодно")?.code).toBe("assembling")
    expect(statusFrom1C(list, "", "  отгружен ")?.code).toBe("shipped")
    expect(statusFrom1C(list, "ZZ", "Неизвестный")).toBeNull()
    expect(statusFrom1C(list, null, null)).toBeNull()
  })

  it("an order without a recorded state takes its status from Medusa's", () => {
    expect(effectiveCode({ id: "o", status: "pending" }, undefined, list)).toBe("new")
    expect(effectiveCode({ id: "o", status: "canceled" }, undefined, list)).toBe("canceled")
    expect(effectiveCode({ id: "o", status: "completed" }, undefined, list)).toBe("completed")
    const shipped = {
      order_id: "o",
      status_code: "shipped",
      changed_at: new Date(),
      changed_by: null,
      source: "manager",
      history: [],
    }
    expect(effectiveCode({ id: "o", status: "pending" }, shipped, list)).toBe("shipped")
    // canceled / completed in Medusa itself wins over a non-final B2B state
    expect(effectiveCode({ id: "o", status: "canceled" }, shipped, list)).toBe("canceled")
    expect(effectiveCode({ id: "o", status: "completed" }, shipped, list)).toBe("completed")
    expect(finalStatusFor(list, "cancel")?.code).toBe("canceled")
  })

  it("a status hidden from buyers shows as the last visible one; 1C gets id and name", () => {
    const state = {
      order_id: "o",
      status_code: "internal_check",
      changed_at: new Date(),
      changed_by: null,
      source: "manager",
      history: [{ code: "new" }, { code: "confirmed" }, { code: "internal_check" }],
    }
    expect(buyerCode("internal_check", state, byCode)).toBe("confirmed")
    expect(buyerCode("shipped", state, byCode)).toBe("shipped")
    expect(oneCStatus(byCode.get("new"), "new")).toEqual({ id: "N", name: "Принят" })
    expect(oneCStatus(byCode.get("internal_check"), "internal_check")).toEqual({
      id: "internal_check",
      name: "Проверка",
    })
  })
})

describe("cancelRefusal (which orders a buyer may cancel)", () => {
  const facts = { medusa_status: "pending", code: "new", fulfillments: 0, paid: false }
  it("only a new portal order with no fulfillment and no payment", () => {
    expect(cancelRefusal(facts, DEFAULT_B2B_STATUSES)).toBeNull()
    expect(cancelRefusal({ ...facts, code: "confirmed" }, DEFAULT_B2B_STATUSES)).toMatch(
      /Подтвержден/
    )
    expect(cancelRefusal({ ...facts, code: "shipped" }, DEFAULT_B2B_STATUSES)).toMatch(/Отгружен/)
    expect(cancelRefusal({ ...facts, fulfillments: 1 }, DEFAULT_B2B_STATUSES)).toMatch(
      /assembled or shipped/
    )
    expect(cancelRefusal({ ...facts, paid: true }, DEFAULT_B2B_STATUSES)).toMatch(/paid/)
    expect(cancelRefusal({ ...facts, offline: true }, DEFAULT_B2B_STATUSES)).toMatch(/placed in 1C/)
    expect(cancelRefusal({ ...facts, medusa_status: "canceled" }, DEFAULT_B2B_STATUSES)).toMatch(
      /already cancelled/
    )
    expect(cancelRefusal({ ...facts, code: "completed" }, DEFAULT_B2B_STATUSES)).toMatch(/closed/)
  })
})
