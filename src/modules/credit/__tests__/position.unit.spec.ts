import {
  allocateReceivables,
  computePosition,
  decide,
  overdueOf,
  type CreditTerms,
} from "../position"

const terms = (over: Partial<CreditTerms> = {}): CreditTerms => ({
  credit_limit: "100000.00",
  overdue_tolerance: "0",
  block_on_overdue: true,
  is_blocked: false,
  currency_code: "rub",
  ...over,
})
const agg = (debt = "0", open = "0", due = "0", credits = "0") => ({
  debt,
  open_orders: open,
  due_debits: due,
  credits,
})

describe("credit exposure formula", () => {
  it("available = limit − debt − open orders, exactly (no float drift)", () => {
    const p = computePosition(terms({ credit_limit: "0.30" }), agg("0.10", "0.20"))
    expect(p.available).toBe("0.00")
    expect(p.state).toBe("limit_reached")
    const q = computePosition(terms(), agg("33333.33", "33333.33"))
    expect(q.available).toBe("33333.34")
    expect(q.state).toBe("ok")
  })

  it("a prepayment (negative debt) adds to what may be ordered", () => {
    expect(computePosition(terms({ credit_limit: "1000" }), agg("-500", "0")).available).toBe(
      "1500.00"
    )
  })

  it("accepts an order equal to the available credit and refuses one kopeck more", () => {
    const p = computePosition(terms(), agg("40000", "10000"))
    expect(decide(terms(), p, "50000.00")).toEqual({ ok: true })
    const d = decide(terms(), p, "50000.01")
    expect(d.ok).toBe(false)
    if (!d.ok) {
      expect(d.code).toBe("limit")
      expect(d.message).toContain("50 000,01 RUB")
      expect(d.message).toContain("available credit 50 000,00 RUB")
    }
  })
})

describe("overdue rules", () => {
  it("payments settle the earliest due debts first (FIFO)", () => {
    expect(overdueOf({ due_debits: "3000", credits: "1000" })).toBe("2000.00")
    expect(overdueOf({ due_debits: "3000", credits: "5000" })).toBe("0.00")
  })

  it("overdue debt above the tolerance blocks, within it does not", () => {
    const a = agg("3000", "0", "3000", "0")
    expect(decide(terms(), computePosition(terms(), a), "1").ok).toBe(false)
    expect(computePosition(terms(), a).state).toBe("blocked")
    const tolerant = terms({ overdue_tolerance: "3000" })
    expect(decide(tolerant, computePosition(tolerant, a), "1")).toEqual({ ok: true })
    const off = terms({ block_on_overdue: false })
    expect(decide(off, computePosition(off, a), "1")).toEqual({ ok: true })
  })

  it("a manual block wins over any figures", () => {
    const t = terms({ is_blocked: true, blocked_reason: "суд" })
    const d = decide(t, computePosition(t, agg()), "1")
    expect(d).toEqual(expect.objectContaining({ ok: false, code: "manual_block" }))
  })
})

describe("receivables by order", () => {
  it("allocates payments to debits by due date and reports days overdue", () => {
    const asOf = new Date("2026-11-25T00:00:00Z")
    const r = allocateReceivables(
      [
        {
          id: "a",
          amount: "1000",
          document_date: "2026-10-01T00:00:00Z",
          due_date: "2026-10-11T00:00:00Z",
          order_id: "o1",
        },
        {
          id: "b",
          amount: "2000",
          document_date: "2026-11-20T00:00:00Z",
          due_date: "2026-11-30T00:00:00Z",
          order_id: "o2",
        },
        { id: "p", amount: "-1500", document_date: "2026-11-21T00:00:00Z" },
      ],
      asOf
    )
    expect(r.map((x) => [x.order_id, x.paid, x.outstanding, x.overdue_days])).toEqual([
      ["o1", "1000.00", "0.00", 0],
      ["o2", "500.00", "1500.00", 0],
    ])
    const late = allocateReceivables(
      [
        {
          id: "a",
          amount: "1000",
          document_date: "2026-10-01T00:00:00Z",
          due_date: "2026-10-11T00:00:00Z",
        },
      ],
      asOf
    )
    expect(late[0].overdue_days).toBe(45)
  })
})
