import { generateEntityId } from "@medusajs/framework/utils"
import { installPooledRandom, uninstallPooledRandom } from "../pooled-random"

describe("pooled crypto.randomBytes for small draws", () => {
  afterEach(() => uninstallPooledRandom())

  it("serves small synchronous draws from the pool as fresh buffers, never the same bytes twice", () => {
    const native = require("crypto").randomBytes
    expect(installPooledRandom({})).toBe(true)
    const crypto = require("crypto")
    expect(crypto.randomBytes).not.toBe(native)
    const a = crypto.randomBytes(16)
    const b = crypto.randomBytes(16)
    expect(Buffer.isBuffer(a) && a.length === 16 && b.length === 16).toBe(true)
    expect(a.equals(b)).toBe(false)
    a.fill(7) // a caller may write into what it got: the next draw is not affected
    expect(crypto.randomBytes(16).equals(Buffer.alloc(16, 7))).toBe(false)
    // 4 KiB blocks are refilled: 20,000 one-byte draws look uniform (chi-square, 255 d.o.f., p ≈ 1e-6 bound)
    const counts = new Array(256).fill(0)
    for (let i = 0; i < 20000; i++) counts[crypto.randomBytes(1)[0]]++
    const e = 20000 / 256
    const chi = counts.reduce((s, c) => s + (c - e) ** 2 / e, 0)
    expect(chi).toBeLessThan(370)
    expect(crypto.randomBytes(0).length).toBe(0)
  })

  it("large draws and the callback form go to Node unchanged; the switch turns it off", (done) => {
    installPooledRandom({})
    const crypto = require("crypto")
    expect(crypto.randomBytes(64).length).toBe(64)
    expect(() => crypto.randomBytes(-1)).toThrow()
    crypto.randomBytes(8, (err: Error | null, buf: Buffer) => {
      expect(err).toBeNull()
      expect(buf.length).toBe(8)
      uninstallPooledRandom()
      const native = crypto.randomBytes
      expect(installPooledRandom({ B2B_POOLED_RANDOM: "false" })).toBe(false)
      expect(crypto.randomBytes).toBe(native)
      done()
    })
  })

  it("Medusa's ids draw from the pool (one CSPRNG call per 4 KiB, not 16 per id) and stay unique and well-formed", () => {
    const spy = jest.spyOn(require("crypto"), "randomBytes")
    installPooledRandom({})
    for (let i = 0; i < 100; i++) generateEntityId(undefined, "prod")
    expect(spy.mock.calls.length).toBe(1) // 1,600 bytes from one 4 KiB block
    uninstallPooledRandom()
    spy.mockRestore()
    installPooledRandom({})
    const ids = new Set<string>()
    for (let i = 0; i < 50000; i++) ids.add(generateEntityId(undefined, "prod"))
    expect(ids.size).toBe(50000)
    for (const id of [...ids].slice(0, 100)) expect(id).toMatch(/^prod_[0-9A-HJKMNP-TV-Z]{26}$/)
  })
})
