import { lineStatus, readPlan, remainingPlan, shipmentStatus, transitionError } from "../shipments"

describe("order shipments", () => {
  it("a shipment's status follows Medusa's timestamps", () => {
    expect(shipmentStatus({})).toBe("pending")
    expect(shipmentStatus({ packed_at: "t" })).toBe("packed")
    expect(shipmentStatus({ packed_at: "t", shipped_at: "t" })).toBe("shipped")
    expect(shipmentStatus({ packed_at: "t", shipped_at: "t", delivered_at: "t" })).toBe("delivered")
    expect(shipmentStatus({ packed_at: "t", canceled_at: "t" })).toBe("canceled")
  })

  it("only forward moves are allowed, each refusal says why", () => {
    expect(transitionError("packed", "shipped")).toBeNull()
    expect(transitionError("pending", "canceled")).toBeNull()
    expect(transitionError("shipped", "delivered")).toBeNull()
    expect(transitionError("packed", "delivered")).toMatch(/not been shipped/)
    expect(transitionError("canceled", "delivered")).toMatch(
      /canceled and cannot be marked delivered/
    )
    expect(transitionError("shipped", "canceled")).toMatch(/cannot be canceled/)
    expect(transitionError("shipped", "shipped")).toMatch(/already shipped/)
    expect(transitionError("delivered", "canceled")).toMatch(/already delivered/)
  })

  it("a line's status from ordered / shipped / delivered quantities", () => {
    expect(lineStatus({ ordered: 6, fulfilled: 3, shipped: 0, delivered: 0 })).toBe("awaiting")
    expect(lineStatus({ ordered: 6, fulfilled: 6, shipped: 3, delivered: 0 })).toBe(
      "partially_shipped"
    )
    expect(lineStatus({ ordered: 6, fulfilled: 6, shipped: 6, delivered: 0 })).toBe("shipped")
    expect(lineStatus({ ordered: 6, fulfilled: 6, shipped: 6, delivered: 3 })).toBe(
      "partially_delivered"
    )
    expect(lineStatus({ ordered: "6", fulfilled: 6, shipped: 6, delivered: "6" })).toBe("delivered")
    expect(lineStatus({ ordered: 6, fulfilled: 0, shipped: 0, delivered: 0 }, true)).toBe(
      "canceled"
    )
  })

  it("the plan minus what is fulfilled: same warehouse first, then the others in plan order", () => {
    const plan = readPlan({
      b2b_shipment_plan: [
        {
          key: "msk",
          kind: "available",
          location_id: "A",
          items: [
            { variant_id: "v1", quantity: 4 },
            { variant_id: "v2", quantity: 3 },
          ],
        },
        {
          key: "kzn",
          kind: "to_deliver",
          location_id: "B",
          items: [{ variant_id: "v2", quantity: 3 }],
        },
        {
          key: "pre",
          kind: "preorder",
          location_id: null,
          preorder_date: "2027-01-10",
          items: [{ variant_id: "v3", quantity: 2 }],
        },
        "junk",
      ],
    })
    expect(plan.map((p) => p.key)).toEqual(["msk", "kzn", "pre"])
    // 3 of v2 from B go to "kzn", 4 of v2 from A: 3 to "msk" and the extra one spills over nowhere left
    let left = remainingPlan(plan, [
      { variant_id: "v2", location_id: "B", quantity: 3 },
      { variant_id: "v1", location_id: "A", quantity: 1 },
    ])
    expect(left).toEqual([
      expect.objectContaining({
        key: "msk",
        items: [
          { variant_id: "v1", quantity: 3 },
          { variant_id: "v2", quantity: 3 },
        ],
      }),
      expect.objectContaining({ key: "pre", items: [{ variant_id: "v3", quantity: 2 }] }),
    ])
    // shipped from an unplanned warehouse: taken from the plan in order
    left = remainingPlan(plan, [{ variant_id: "v2", location_id: "C", quantity: 4 }])
    expect(left.find((p) => p.key === "msk")!.items).toEqual([{ variant_id: "v1", quantity: 4 }])
    expect(left.find((p) => p.key === "kzn")!.items).toEqual([{ variant_id: "v2", quantity: 2 }])
    expect(plan[0].items[1].quantity).toBe(3) // the input is not mutated
    expect(readPlan(null)).toEqual([])
    expect(readPlan({ b2b_shipment_plan: "x" })).toEqual([])
  })
})
