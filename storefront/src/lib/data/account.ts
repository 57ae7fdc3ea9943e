"use server"

import type { Credit, Me, Order, OrderRow } from "@/types/account"
import type { ApiResult } from "@/types/api"

import { accountFetch } from "./fetch"

/** Who is signed in, for which counterparty, with which permissions. */
export async function retrieveMe(): Promise<ApiResult<Me>> {
  return accountFetch<Me>("/store/b2b/me")
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
