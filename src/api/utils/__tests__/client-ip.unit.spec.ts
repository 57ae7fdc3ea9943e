import { clientIp, trustedProxyHops } from "../actor"

const req = (xff: string | string[] | undefined, peer = "::ffff:10.0.0.5") => ({
  headers: xff === undefined ? {} : { "x-forwarded-for": xff },
  socket: { remoteAddress: peer },
})

describe("clientIp", () => {
  it("without trusted proxies takes the socket's peer and ignores X-Forwarded-For (a client could write anything there)", () => {
    expect(clientIp(req("203.0.113.7"), 0)).toBe("10.0.0.5")
    expect(clientIp(req(undefined), 0)).toBe("10.0.0.5")
  })

  it("behind N trusted proxies takes the N-th address from the right, never what the client prepended", () => {
    // client 198.51.100.9 sends a forged entry; proxy 1 appends the client, proxy 2 appends proxy 1
    const chain = "6.6.6.6, 198.51.100.9, 10.0.0.2"
    expect(clientIp(req(chain), 1)).toBe("10.0.0.2")
    expect(clientIp(req(chain), 2)).toBe("198.51.100.9")
    expect(clientIp(req(["6.6.6.6", "198.51.100.9, 10.0.0.2"]), 2)).toBe("198.51.100.9")
    // fewer entries than proxies configured: the leftmost there is; no header at all: the peer
    expect(clientIp(req("198.51.100.9"), 2)).toBe("198.51.100.9")
    expect(clientIp(req(undefined), 1)).toBe("10.0.0.5")
  })

  it("reads B2B_TRUST_PROXY_HOPS and refuses a value that is not a count", () => {
    expect(trustedProxyHops({})).toBe(0)
    expect(trustedProxyHops({ B2B_TRUST_PROXY_HOPS: "2" })).toBe(2)
    expect(() => trustedProxyHops({ B2B_TRUST_PROXY_HOPS: "yes" })).toThrow(/B2B_TRUST_PROXY_HOPS/)
  })
})
