import {
  partitionCart,
  partSources,
  pickLocation,
  preorderDateError,
  type SplitLine,
  type Stock,
} from "../split"

const line = (
  id: string,
  quantity: number,
  seller: string | null,
  item: string | null,
  extra: Partial<SplitLine> = {}
): SplitLine => ({
  line_id: id,
  variant_id: `v_${id}`,
  quantity,
  seller_organization_id: seller,
  manage_inventory: !!item,
  allow_backorder: false,
  inventory: item ? [{ inventory_item_id: item, required_quantity: 1 }] : [],
  ...extra,
})
const stock = (rows: [string, string, number][]): Stock => {
  const s: Stock = new Map()
  for (const [loc, item, n] of rows) s.set(loc, (s.get(loc) ?? new Map()).set(item, n))
  return s
}

describe("order split", () => {
  it("splits a line partly in stock into available and to-deliver quantities, sellers apart", () => {
    const parts = partitionCart(
      [line("a", 8, "s1", "i1"), line("b", 3, "s2", "i2"), line("c", 2, "s1", null)],
      {
        split: "availability",
        preorder_date: null,
        locationOf: () => "L1",
        stock: stock([
          ["L1", "i1", 5],
          ["L1", "i2", 10],
        ]),
      }
    )
    expect(
      parts.map((p) => [p.key, p.location_id, p.lines.map((l) => [l.line_id, l.quantity])])
    ).toEqual([
      [
        "s1:available",
        "L1",
        [
          ["a", 5],
          ["c", 2],
        ],
      ],
      ["s1:to_deliver", null, [["a", 3]]],
      ["s2:available", "L1", [["b", 3]]],
    ])
  })

  it("lines of one variant take stock in cart order; pre-orders only with a date and backorder allowed", () => {
    const lines = [
      line("a", 3, "s1", "i1"),
      line("b", 3, "s1", "i1"),
      line("p", 4, "s1", "i9", { allow_backorder: true }),
    ]
    const st = stock([["L1", "i1", 4]])
    const withDate = partitionCart(lines, {
      split: "availability",
      preorder_date: "2099-01-01",
      locationOf: () => "L1",
      stock: st,
    })
    expect(
      withDate.map((p) => [p.kind, p.preorder_date, p.lines.map((l) => [l.line_id, l.quantity])])
    ).toEqual([
      [
        "available",
        null,
        [
          ["a", 3],
          ["b", 1],
        ],
      ],
      ["to_deliver", null, [["b", 2]]],
      ["preorder", "2099-01-01", [["p", 4]]],
    ])
    const noDate = partitionCart(lines, {
      split: "availability",
      preorder_date: null,
      locationOf: () => "L1",
      stock: st,
    })
    expect(noDate.find((p) => p.kind === "to_deliver")!.lines).toEqual([
      { line_id: "b", variant_id: "v_b", quantity: 2 },
      { line_id: "p", variant_id: "v_p", quantity: 4 },
    ])
    expect(st.get("L1")!.get("i1")).toBe(4) // the input stock is not consumed
  })

  it("split none keeps each seller's goods together", () => {
    const parts = partitionCart([line("a", 8, "s1", "i1"), line("c", 1, "s1", null)], {
      split: "none",
      preorder_date: null,
      locationOf: () => "L1",
      stock: stock([["L1", "i1", 5]]),
    })
    expect(parts.map((p) => [p.kind, p.lines.length])).toEqual([["to_deliver", 2]])
  })

  it("picks the warehouse serving most units; checks pre-order dates", () => {
    expect(
      pickLocation(
        [line("a", 8, "s1", "i1")],
        ["L1", "L2"],
        stock([
          ["L1", "i1", 5],
          ["L2", "i1", 100],
        ])
      )
    ).toBe("L2")
    expect(pickLocation([line("a", 8, "s1", "i1")], [], new Map())).toBeNull()
    expect(preorderDateError("2020-01-01")).toMatch(/^preorder_date: .*past/)
    expect(preorderDateError("2099-02-30")).toBe("preorder_date: no such date")
    expect(preorderDateError("tomorrow")).toMatch(/^preorder_date:/)
    expect(preorderDateError("2099-01-01")).toBeNull()
  })

  it("partSources: each part ships from its warehouse — the rest from the one that has most of what is left", () => {
    const lines = [line("a", 8, "s1", "i1"), line("b", 3, "s1", "i2"), line("p", 2, "s1", "i3")]
    const st = stock([
      ["L1", "i1", 5],
      ["L1", "i2", 3],
      ["L2", "i1", 2],
      ["L3", "i1", 100],
    ])
    const parts = partitionCart(lines, {
      split: "availability",
      preorder_date: null,
      locationOf: () => "L1",
      stock: st,
    })
    const opts = {
      stock: st,
      pickup: null,
      locationOf: () => "L1",
      candidatesOf: () => ["L1", "L2", "L3"],
    }
    // a: 5 at L1 (available), 3 to deliver — L1's 5 are taken, L3 has them; p: nowhere → the selected L1
    expect([...partSources(parts, lines, opts)]).toEqual([
      ["s1:available", "L1"],
      ["s1:to_deliver", "L3"],
    ])
    // pickup: everything is collected at the pickup warehouse
    expect([...partSources(parts, lines, { ...opts, pickup: "L2" }).values()]).toEqual(["L2", "L2"])
    // nothing anywhere for the rest: the selected warehouse
    const none = partitionCart([line("x", 4, "s1", "i9")], {
      split: "availability",
      preorder_date: null,
      locationOf: () => "L2",
      stock: st,
    })
    expect([
      ...partSources(none, [line("x", 4, "s1", "i9")], { ...opts, locationOf: () => "L2" }),
    ]).toEqual([["s1:to_deliver", "L2"]])
  })
})
