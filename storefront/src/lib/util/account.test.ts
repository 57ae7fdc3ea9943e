import { describe, expect, it } from "vitest"

import {
  creditState,
  documentType,
  formatDate,
  orderNumber,
  pages,
  personName,
  safeNext,
} from "./account"

describe("account view helpers", () => {
  it("numbers an order by 1C's number when it has one, else B2B-<display id>", () => {
    expect(orderNumber({ display_id: 17, metadata: { one_c_number: " ЗК-000123 " } })).toBe(
      "ЗК-000123"
    )
    expect(orderNumber({ display_id: 17, metadata: { one_c_number: "" } })).toBe("B2B-17")
    expect(orderNumber({ display_id: 17, metadata: null })).toBe("B2B-17")
    expect(orderNumber({ display_id: null, metadata: {} })).toBe("—")
  })

  it("names the person, else shows the e-mail", () => {
    expect(
      personName({
        customer: {
          id: "c",
          email: "m@x.ru",
          first_name: "Мария",
          last_name: "Орлова",
          phone: null,
        },
      })
    ).toBe("Мария Орлова")
    expect(
      personName({
        customer: { id: "c", email: "m@x.ru", first_name: null, last_name: " ", phone: null },
      })
    ).toBe("m@x.ru")
    expect(personName({ customer: null })).toBe("")
  })

  it("prints dates in Moscow time and a dash for nothing", () => {
    expect(formatDate("2026-11-24T21:30:00Z")).toBe("25.11.2026")
    expect(formatDate(null)).toBe("—")
    expect(formatDate("not a date")).toBe("—")
  })

  it("says whether ordering on credit is locked and why", () => {
    expect(creditState(null)).toEqual({ label: "Кредитный лимит не установлен", locked: false })
    expect(creditState({ state: "ok", block_reason: null }).locked).toBe(false)
    expect(creditState({ state: "limit_reached", block_reason: null })).toEqual({
      label: "Лимит исчерпан: новые заказы — после оплаты",
      locked: true,
    })
    expect(creditState({ state: "blocked", block_reason: "overdue debt 1 000,00 RUB" })).toEqual({
      label: "Заказы приостановлены: overdue debt 1 000,00 RUB",
      locked: true,
    })
  })

  it("pages a list only when it needs more than one page", () => {
    expect(pages(20, 20, 0)).toBeNull()
    expect(pages(45, 20, 0)).toEqual({ current: 1, total: 3, prev: null, next: 20 })
    expect(pages(45, 20, 20)).toEqual({ current: 2, total: 3, prev: 0, next: 40 })
    expect(pages(45, 20, 40)).toEqual({ current: 3, total: 3, prev: 20, next: null })
    expect(pages(45, 20, 400)).toEqual({ current: 3, total: 3, prev: 20, next: null })
  })

  it("follows only this site's paths after login", () => {
    expect(safeNext("/account/orders?offset=20")).toBe("/account/orders?offset=20")
    expect(safeNext("//evil.example/x")).toBe("/account")
    expect(safeNext("https://evil.example")).toBe("/account")
    expect(safeNext("/\\evil.example")).toBe("/account")
    expect(safeNext(undefined)).toBe("/account")
  })

  it("names document types, keeping an unknown code as is", () => {
    expect(documentType("upd")).toBe("УПД")
    expect(documentType("reconciliation_act")).toBe("Акт сверки")
    expect(documentType("something_new")).toBe("something_new")
  })
})
