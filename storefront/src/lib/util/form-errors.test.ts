import { describe, expect, it } from "vitest"

import { fieldErrors } from "./form-errors"

const FIELDS = ["inn", "kpp", "email", "company_name", "consent"] as const

describe("the backend's 4xx message per form field", () => {
  it("splits Medusa's validation message and names each field", () => {
    const r = fieldErrors(
      "Invalid request: inn: must be a valid INN (10 or 12 digits with correct control digits); Field 'email' is required; Value for field 'company_name' too small, expected at least: '1'",
      FIELDS,
      { inn: "Неверный ИНН" }
    )
    expect(r.fields).toEqual({
      inn: "Неверный ИНН",
      email: "Field 'email' is required",
      company_name: "Value for field 'company_name' too small, expected at least: '1'",
    })
    expect(r.form).toBeNull()
  })

  it("keeps the backend's words after the field name, and what names no field of the form for the form", () => {
    const r = fieldErrors(
      "kpp: must be a valid KPP (9 characters); Unrecognized fields: 'x'",
      FIELDS
    )
    expect(r.fields).toEqual({ kpp: "must be a valid KPP (9 characters)" })
    expect(r.form).toBe("Unrecognized fields: 'x'")
    expect(fieldErrors("token: this invitation was revoked", FIELDS)).toEqual({
      fields: {},
      form: "token: this invitation was revoked",
    })
  })
})
