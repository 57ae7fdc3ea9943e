import { configurePluginOptions, pluginOptions, readPluginOptions } from "../plugin-options"

describe("plugin options", () => {
  it("defaults when nothing is given", () => {
    const o = readPluginOptions({}, {})
    expect(o.storefrontUrl).toBe("http://localhost:8000")
    expect(o.ordering).toEqual(
      expect.objectContaining({
        reservationEnabled: true,
        reservationHoursByStatus: { pending: 72 },
        orderSplit: "availability",
      })
    )
    expect(o.oneC.offerBatchSize).toBe(500)
    expect(o.oneC.answerEncoding).toBe("windows-1251")
  })

  it("falls back to the environment, explicit options win", () => {
    const env = {
      STOREFRONT_URL: "https://shop.example.ru/",
      B2B_RESERVATION_ENABLED: "false",
      B2B_RESERVATION_HOURS_BY_STATUS: '{"pending":12,"confirmed":48}',
      ONE_C_BATCH_SIZE: "800",
      ONE_C_ANSWER_ENCODING: "UTF-8",
      ADMIN_EMAIL: "admin@example.ru",
    }
    const o = readPluginOptions({ oneC: { batchSize: 100 } }, env)
    expect(o.storefrontUrl).toBe("https://shop.example.ru")
    expect(o.ordering.reservationEnabled).toBe(false)
    expect(o.ordering.reservationHoursByStatus).toEqual({ pending: 12, confirmed: 48 })
    expect(o.oneC.batchSize).toBe(100)
    expect(o.oneC.offerBatchSize).toBe(100)
    expect(o.oneC.answerEncoding).toBe("utf-8")
    expect(o.company.managerNotificationEmail).toBe("admin@example.ru")
  })

  it("refuses a bad value naming the option and its variable", () => {
    expect(() => readPluginOptions({}, { ONE_C_BATCH_SIZE: "lots" })).toThrow(
      /oneC\.batchSize \(ONE_C_BATCH_SIZE\)/
    )
    expect(() => readPluginOptions({}, { B2B_GUEST_ONE_CLICK: "yes" })).toThrow(
      /ordering\.guestOneClick/
    )
    expect(() => readPluginOptions({}, { B2B_RESERVATION_HOURS_BY_STATUS: "pending=3" })).toThrow(
      /reservationHoursByStatus/
    )
    expect(() => configurePluginOptions({ ordering: { orderSplit: "always" as never } })).toThrow(
      /ordering\.orderSplit/
    )
  })

  it("follows the environment as it changes", () => {
    const before = process.env.ONE_C_STEP_SECONDS
    try {
      process.env.ONE_C_STEP_SECONDS = "3"
      expect(pluginOptions().oneC.stepSeconds).toBe(3)
      process.env.ONE_C_STEP_SECONDS = "0.5"
      expect(pluginOptions().oneC.stepSeconds).toBe(0.5)
    } finally {
      if (before === undefined) delete process.env.ONE_C_STEP_SECONDS
      else process.env.ONE_C_STEP_SECONDS = before
    }
  })
})
