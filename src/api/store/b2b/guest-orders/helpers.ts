import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { portalSettings } from "../../../../lib/portal-settings"
import type { GuestOrder } from "./validators"
import { clientIp } from "../../../utils/actor"
import type { B2BRequest } from "../../../utils/b2b-context"

/** Guest one-click orders are refused (403) unless B2B_GUEST_ONE_CLICK=true. Runs before validation. */
export function guestOneClickEnabled(
  _req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!portalSettings().guestOneClick) {
    return next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "One-click orders without signing in are turned off on this portal: sign in or register to order"
      )
    )
  }
  next()
}

/** Guest orders placed in the last hour from this phone, and from this IP address. */
export async function recentGuestOrders(req: B2BRequest, phone: string, ip: string | null) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(Date.now() - 3_600_000)
  const count = async (key: "phone" | "ip", value: string) => {
    const { metadata } = await query.graph({
      entity: "order",
      fields: ["id"],
      filters: { created_at: { $gte: since }, metadata: { b2b_guest: { [key]: value } } },
      pagination: { take: 1, skip: 0 },
    })
    return metadata?.count ?? 0
  }
  return { by_phone: await count("phone", phone), by_ip: ip ? await count("ip", ip) : 0 }
}

/**
 * Abuse limit of guest orders (B2B_GUEST_ORDERS_PER_HOUR per phone and per IP address, counted in
 * the database so every instance sees the same): beyond it a 429 with Retry-After. Runs after validation.
 */
export async function guestOrderRateLimit(
  req: B2BRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const limit = portalSettings().guestOrdersPerHour
    const { by_phone, by_ip } = await recentGuestOrders(
      req,
      (req.validatedBody as GuestOrder).phone,
      clientIp(req)
    )
    if (by_phone >= limit || by_ip >= limit) {
      res.setHeader("Retry-After", "3600")
      res.status(429).json({
        type: "too_many_requests",
        message: `Too many orders without signing in from this ${by_phone >= limit ? "phone number" : "address"}: at most ${limit} an hour. Try again later or call us`,
      })
      return
    }
    next()
  } catch (e) {
    next(e)
  }
}
