import {
  assertTransition,
  leafReason,
  reasonTree,
  validateReturnItems,
  type ReturnReasonRow,
} from "../rules"

const reasons: ReturnReasonRow[] = [
  { id: "rr_1", value: "defect", label: "Брак" },
  { id: "rr_2", value: "defect_broken", label: "Не работает", parent_return_reason_id: "rr_1" },
  {
    id: "rr_3",
    value: "defect_package",
    label: "Повреждена упаковка",
    parent_return_reason_id: "rr_1",
  },
  { id: "rr_4", value: "wrong_item", label: "Пересорт" },
]
const lines = [
  { id: "li_a", title: "Кабель", quantity: 10, returned: 3 },
  { id: "li_b", title: "Автомат", quantity: 4, returned: 0 },
]
const err = (fn: () => unknown) => {
  try {
    fn()
  } catch (e: any) {
    return e.message as string
  }
  throw new Error("expected an error")
}

describe("after-sales rules", () => {
  it("builds the reason tree with children under their parent", () => {
    const tree = reasonTree(reasons)
    expect(tree.map((n) => n.value)).toEqual(["defect", "wrong_item"])
    expect(tree[0].children.map((n) => n.value)).toEqual(["defect_broken", "defect_package"])
  })

  it("accepts only leaf reasons, by code or id, and reports the parent", () => {
    expect(leafReason(reasons, "defect_broken", "reason_code")).toEqual({
      id: "rr_2",
      code: "defect_broken",
      label: "Не работает",
      parent_code: "defect",
      parent_label: "Брак",
    })
    expect(leafReason(reasons, "rr_4", "reason_code").code).toBe("wrong_item")
    expect(err(() => leafReason(reasons, "defect", "items[2].reason_code"))).toMatch(
      /^items\[2\]\.reason_code: "Брак" has sub-reasons/
    )
    expect(err(() => leafReason(reasons, "nope", "reason_code"))).toMatch(/^reason_code: unknown/)
  })

  it("caps quantities at ordered − returned − pending − earlier rows, naming the row", () => {
    const ok = validateReturnItems(
      lines,
      { li_a: 2 },
      [{ order_item_id: "li_a", quantity: 5, reason_code: "defect_broken" }],
      reasons
    )
    expect(ok[0]).toMatchObject({
      quantity: 5,
      reason_label: "Брак → Не работает",
      parent_reason_code: "defect",
    })
    expect(
      err(() =>
        validateReturnItems(
          lines,
          { li_a: 2 },
          [{ order_item_id: "li_a", quantity: 6, reason_code: "wrong_item" }],
          reasons
        )
      )
    ).toMatch(/^items\[0\]\.quantity: at most 5/)
    expect(
      err(() =>
        validateReturnItems(
          lines,
          {},
          [
            { order_item_id: "li_b", quantity: 3, reason_code: "wrong_item" },
            { order_item_id: "li_b", quantity: 2, reason_code: "wrong_item" },
          ],
          reasons
        )
      )
    ).toMatch(/^items\[1\]\.quantity: at most 1/)
    expect(
      err(() =>
        validateReturnItems(
          lines,
          {},
          [{ order_item_id: "li_b", quantity: 0, reason_code: "wrong_item" }],
          reasons
        )
      )
    ).toMatch(/^items\[0\]\.quantity/)
    expect(
      err(() =>
        validateReturnItems(
          lines,
          {},
          [{ order_item_id: "li_x", quantity: 1, reason_code: "wrong_item" }],
          reasons
        )
      )
    ).toMatch(/^items\[0\]\.order_item_id/)
    expect(err(() => validateReturnItems(lines, {}, [], reasons))).toMatch(/^items:/)
  })

  it("uses the request's reason for rows without one, and needs some reason", () => {
    expect(
      validateReturnItems(
        lines,
        {},
        [{ order_item_id: "li_b", quantity: 1 }],
        reasons,
        "wrong_item"
      )[0].reason_code
    ).toBe("wrong_item")
    expect(
      err(() => validateReturnItems(lines, {}, [{ order_item_id: "li_b", quantity: 1 }], reasons))
    ).toMatch(/^items\[0\]\.reason_code: a return reason is required/)
    expect(
      err(() =>
        validateReturnItems(lines, {}, [{ order_item_id: "li_b", quantity: 1 }], reasons, "defect")
      )
    ).toMatch(/^reason_code:/)
  })

  it("allows only forward status changes; returns are resolved only after approval", () => {
    expect(() => assertTransition("complaint", "open", "resolved")).not.toThrow()
    expect(() => assertTransition("return", "approved", "resolved")).not.toThrow()
    expect(err(() => assertTransition("return", "open", "resolved"))).toMatch(
      /approve the return request/
    )
    expect(err(() => assertTransition("feedback", "canceled", "resolved"))).toMatch(
      /cannot become resolved/
    )
    expect(err(() => assertTransition("feedback", "open", "open"))).toMatch(/already open/)
    expect(err(() => assertTransition("return", "approved", "rejected"))).toMatch(
      /cannot become rejected/
    )
  })
})
