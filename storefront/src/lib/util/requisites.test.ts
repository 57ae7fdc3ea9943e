import { describe, expect, it } from "vitest"

import { innProblem, isValidInn, isValidKpp, kppProblem } from "./requisites"

describe("INN and KPP as the API checks them", () => {
  it("accepts real 10- and 12-digit INNs and refuses a wrong control digit", () => {
    // Sberbank (10 digits) and a valid sole proprietor's INN (12 digits)
    expect(isValidInn("7707083893")).toBe(true)
    expect(isValidInn("7707083894")).toBe(false)
    expect(isValidInn("500100732259")).toBe(true)
    expect(isValidInn("500100732250")).toBe(false) // the 12th digit
    expect(isValidInn("500100732269")).toBe(false) // the 11th digit
    expect(isValidInn("1234567890")).toBe(false) // the API's own refused example
    expect(isValidInn("770708389")).toBe(false)
    expect(isValidInn("77070838931")).toBe(false)
    expect(isValidInn("77070838a3")).toBe(false)
  })

  it("takes a KPP of 4 digits, 2 digits or capital letters, 3 digits", () => {
    expect(isValidKpp("773601001")).toBe(true)
    expect(isValidKpp("7736AB001")).toBe(true)
    expect(isValidKpp("7736ab001")).toBe(false)
    expect(isValidKpp("77360100")).toBe(false)
    expect(isValidKpp("77A601001")).toBe(false)
  })

  it("says why in Russian, trimming spaces; an empty KPP is allowed as in the API", () => {
    expect(innProblem(" 7707083893 ")).toBeNull()
    expect(innProblem("")).toBe("Укажите ИНН")
    expect(innProblem("77-07")).toBe("ИНН состоит только из цифр")
    expect(innProblem("123")).toMatch(/10 цифр/)
    expect(innProblem("1234567890")).toMatch(/контрольных цифр/)
    expect(kppProblem("")).toBeNull()
    expect(kppProblem(" 773601001 ")).toBeNull()
    expect(kppProblem("7736")).toMatch(/9 символов/)
  })
})
