import { describe, expect, it } from "vitest"

import { errorMessage, loginInputError, loginRefusal, withQuery } from "./api"

describe("backend call helpers", () => {
  it("builds paths with repeated keys and without empty values", () => {
    expect(
      withQuery("/store/b2b/orders", { limit: 20, status: ["a", "b"], number: "", x: undefined })
    ).toBe("/store/b2b/orders?limit=20&status=a&status=b")
    expect(withQuery("/store/b2b/me")).toBe("/store/b2b/me")
  })

  it("words a failure: the backend's message, else one per status", () => {
    expect(errorMessage(403, "orders.view_own required")).toBe("orders.view_own required")
    expect(errorMessage(401, null)).toBe("Требуется вход")
    expect(errorMessage(403, "")).toBe("Недостаточно прав")
    expect(errorMessage(404, null)).toBe("Не найдено")
    expect(errorMessage(500, null)).toBe("Ошибка сервера (HTTP 500)")
  })

  it("refuses sign-in input before calling, and words a refused sign-in", () => {
    expect(loginInputError("no-at-sign", "pw")).toBe("Укажите e-mail")
    expect(loginInputError("a@b.c", "")).toBe("Укажите пароль")
    expect(loginInputError(" a@b.c ", "pw")).toBeNull()
    expect(loginRefusal(401, "Invalid email or password")).toBe("Неверный e-mail или пароль")
    expect(loginRefusal(429, "Try again in 3 min")).toBe(
      "Слишком много неудачных попыток входа. Повторите через 3 мин."
    )
    expect(loginRefusal(429, null)).toBe(
      "Слишком много неудачных попыток входа. Повторите через 1 мин."
    )
  })
})
