"use server"

import { cache } from "react"

import type { Credit, Me, Order, OrderRow } from "@/types/account"
import type { ApiResult } from "@/types/api"

import { getSdk } from "../config"
import { getAuthHeaders, getAuthToken, getCartId } from "./cookies"
import { accountFetch, attempt, b2bFetch } from "./fetch"

// one /store/b2b/me per page render: the header and the account layout both show it
const meOnce = cache(() => b2bFetch<Me>("/store/b2b/me"))

/** Who is signed in, for which counterparty, with which permissions (without a session: to the login page). */
export async function retrieveMe(): Promise<ApiResult<Me>> {
  if (!(await getAuthToken())) return accountFetch<Me>("/store/b2b/me")
  return meOnce()
}

/** The header's view of the session: who acts for which counterparty, and the open cart in brief. */
export type HeaderSession = {
  me: Me | null
  cart: { lines: number; total: number | string | null; currency: string } | null
}

/**
 * What the header of every page shows for a signed-in buyer: the person, role and counterparties (null when
 * the backend refuses them, e.g. a person of no company) and the open cart's line count and total (one light
 * cart read). Null without a session; a token the backend refuses sends to sign in (see b2bFetch).
 */
export async function retrieveHeader(): Promise<HeaderSession | null> {
  if (!(await getAuthToken())) return null
  const cartId = await getCartId()
  const { sdk } = getSdk()
  const auth = await getAuthHeaders()
  const [me, cart] = await Promise.all([
    meOnce(),
    cartId
      ? attempt(() =>
          sdk.store.cart.retrieve(
            cartId,
            { fields: "id,completed_at,total,currency_code,items.id" },
            auth
          )
        )
      : null,
  ])
  const open = cart?.ok && !cart.data.cart.completed_at ? cart.data.cart : null
  return {
    me: me.ok ? me.data : null,
    cart: open
      ? { lines: open.items?.length ?? 0, total: open.total ?? null, currency: open.currency_code }
      : null,
  }
}

/** The acting counterparty's credit position (null: no credit limit set). */
export async function retrieveCredit(): Promise<ApiResult<{ credit: Credit | null }>> {
  return accountFetch("/store/b2b/credit")
}

export async function listOrders(query: {
  limit: number
  offset?: number
  number?: string
  active?: "true" | "false"
}): Promise<ApiResult<{ orders: OrderRow[]; count: number }>> {
  return accountFetch("/store/b2b/orders", query)
}

export async function retrieveOrder(id: string): Promise<ApiResult<{ order: Order }>> {
  return accountFetch(`/store/b2b/orders/${encodeURIComponent(id)}`)
}
