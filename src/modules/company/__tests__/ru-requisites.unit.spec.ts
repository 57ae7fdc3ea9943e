import { innFrom9, isValidInn, isValidKpp, isValidOgrn, ogrnFrom12 } from "../ru-requisites"

describe("Russian requisites", () => {
  it("accepts real-world valid INNs and rejects wrong control digits", () => {
    expect(isValidInn("7707083893")).toBe(true) // Sberbank
    expect(isValidInn("7707083894")).toBe(false)
    expect(isValidInn("500100732259")).toBe(true) // a sole proprietor's 12-digit INN
    expect(isValidInn("500100732250")).toBe(false)
    expect(isValidInn("77070838")).toBe(false)
    expect(isValidInn("77070838ab")).toBe(false)
  })

  it("builds valid INNs and OGRNs from prefixes", () => {
    for (const nine of ["770708389", "123456789", "000000001"])
      expect(isValidInn(innFrom9(nine))).toBe(true)
    expect(ogrnFrom12("102770013219")).toBe("1027700132195") // Sberbank's OGRN
    expect(isValidOgrn("1027700132195")).toBe(true)
    expect(isValidOgrn("1027700132194")).toBe(false)
    expect(isValidOgrn("304500116000157")).toBe(true) // OGRNIP
  })

  it("checks the KPP shape", () => {
    expect(isValidKpp("773601001")).toBe(true)
    expect(isValidKpp("7736AB001")).toBe(true)
    expect(isValidKpp("77360100")).toBe(false)
  })
})
