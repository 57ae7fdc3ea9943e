import { z } from "@medusajs/framework/zod"
import { int4, INT4_MAX, line, multiline, textProblem, unsafeInput } from ".."

describe("input hardening primitives", () => {
  it("text: no null byte, control character or lone surrogate; line breaks only in multi-line text", () => {
    expect(textProblem("ООО «Ромашка»")).toBeNull()
    expect(textProblem("a\u0000b")).toMatch(/null byte/)
    expect(textProblem("a\u0007b")).toMatch(/U\+0007/)
    expect(textProblem("a\u007fb")).toMatch(/control/)
    expect(textProblem("abc\ud800")).toMatch(/surrogate/)
    expect(textProblem("😀")).toBeNull()
    expect(textProblem("a\nb")).toMatch(/single line/)
    expect(textProblem("a\tb")).toMatch(/single line/)
    expect(textProblem("a\r\n\tb", true)).toBeNull()
    expect(textProblem("a\u0000b", true)).toMatch(/null byte/)
  })

  it("line() and multiline() keep chaining (trim, max) and cap text without a max", () => {
    const name = line().trim().min(1).max(10)
    expect(name.parse("  Анна ")).toBe("Анна")
    expect(name.safeParse("Ан\u0000на").success).toBe(false)
    expect(line().safeParse("x".repeat(1001)).success).toBe(false)
    expect(multiline().parse("строка 1\nстрока 2")).toBe("строка 1\nстрока 2")
    expect(multiline().safeParse("я".repeat(100_001)).success).toBe(false)
  })

  it("int4() bounds an integer to its column and keeps narrower bounds", () => {
    const qty = int4(z.number().int()).min(1)
    expect(qty.parse(INT4_MAX)).toBe(INT4_MAX)
    expect(qty.safeParse(INT4_MAX + 1).success).toBe(false)
    expect(qty.safeParse(1e12).success).toBe(false)
    expect(qty.safeParse(0).success).toBe(false)
    expect(int4(z.coerce.number().int()).safeParse("1e309").success).toBe(false)
  })

  it("the scan names the first unsafe field, object keys and non-finite numbers included", () => {
    expect(unsafeInput({ a: "ok", b: [{ c: 1 }, { d: "x\u0000" }] })).toEqual({
      path: "b.1.d",
      problem: expect.stringMatching(/null byte/),
    })
    expect(unsafeInput({ metadata: { "k\u0000": 1 } })).toEqual({
      path: "metadata.k?",
      problem: expect.stringMatching(/field name/),
    })
    expect(unsafeInput({ n: Infinity })).toEqual({ path: "n", problem: "must be a finite number" })
    expect(unsafeInput({ comment: "a\nb\tc" })).toBeNull() // line breaks are judged per field by the schema
    expect(unsafeInput({ ok: [1, "два", null, true] })).toBeNull()
  })
})
