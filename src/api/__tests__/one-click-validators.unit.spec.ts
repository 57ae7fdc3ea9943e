import { GuestOrder, normalizeRuPhone } from "../store/b2b/guest-orders/validators"

describe("one-click validators", () => {
  it("normalises Russian phone numbers to +7XXXXXXXXXX and refuses others", () => {
    expect(normalizeRuPhone("+7 (915) 123-45-67")).toBe("+79151234567")
    expect(normalizeRuPhone("8 915 123 45 67")).toBe("+79151234567")
    expect(normalizeRuPhone("9151234567")).toBe("+79151234567")
    expect(normalizeRuPhone("7-495-123-45-67")).toBe("+74951234567")
    expect(normalizeRuPhone("+1 212 555 0100")).toBeNull()
    expect(normalizeRuPhone("+9151234567")).toBeNull()
    expect(normalizeRuPhone("12345")).toBeNull()
    expect(normalizeRuPhone("позвоните")).toBeNull()
  })

  it("guest order body: lines by variant or SKU, contact checked and normalised, each error names its field", () => {
    const ok = GuestOrder.parse({
      items: [{ sku: "A-1", quantity: 2 }],
      phone: "8 (915) 123-45-67",
      email: " Guest@Example.RU ",
      inn: "",
      name: " Анна ",
      consent: true,
    })
    expect(ok).toEqual({
      items: [{ sku: "A-1", quantity: 2 }],
      phone: "+79151234567",
      email: "guest@example.ru",
      inn: null,
      name: "Анна",
      company_name: null,
      comment: null,
      consent: true,
    })
    const msg = (body: Record<string, unknown>) => {
      const r = GuestOrder.safeParse({
        items: [{ variant_id: "v", quantity: 1 }],
        phone: "+79151234567",
        email: "a@b.ru",
        consent: true,
        ...body,
      })
      return r.success ? "" : r.error.issues.map((i) => i.message).join("; ")
    }
    expect(msg({})).toBe("")
    expect(msg({ phone: "+1 212 555 0100" })).toMatch(/^phone: /)
    expect(msg({ email: "nope" })).toMatch(/^email: /)
    expect(msg({ inn: "7707083894" })).toMatch(/^inn: must be a valid INN/)
    expect(msg({ inn: "7707083893" })).toBe("")
    expect(msg({ items: [] })).toMatch(/items: at least one line/)
    expect(msg({ items: Array.from({ length: 101 }, () => ({ sku: "A", quantity: 1 })) })).toMatch(
      /items: at most 100 lines/
    )
    expect(msg({ items: [{ sku: "A", variant_id: "v", quantity: 1 }] })).toMatch(
      /either variant_id or sku/
    )
    expect(msg({ items: [{ sku: "A", quantity: 1.5 }] })).toMatch(/quantity/)
    expect(msg({ legal_entity_id: "le_x" })).not.toBe("") // strict: no choosing a counterparty
    // personal data only with consent (issue 15)
    expect(msg({ consent: undefined })).toMatch(/^consent: /)
    expect(msg({ consent: false })).toMatch(/^consent: /)
    // text without control characters; a comment may span lines
    expect(msg({ name: "Ан\u0000на" })).toMatch(/null byte/)
    expect(msg({ comment: "после 14:00\nпо будням" })).toBe("")
    expect(msg({ items: [{ sku: "A", quantity: 1e12 }] })).toMatch(/quantity/)
  })
})
