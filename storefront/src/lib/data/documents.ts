"use server"

import type { B2BDocument } from "@/types/account"
import type { ApiResult } from "@/types/api"

import { getSdk } from "../config"
import { getAuthHeaders, getAuthToken } from "./cookies"
import { accountFetch, failure } from "./fetch"

export async function listDocuments(query: {
  limit: number
  offset: number
  type?: string
  order_id?: string
}): Promise<ApiResult<{ documents: B2BDocument[]; count: number }>> {
  return accountFetch("/store/b2b/documents", query)
}

/**
 * A document's file with the buyer's session (the backend checks it belongs to the buyer's counterparty):
 * the backend's response to stream through, or a status and message.
 */
export async function downloadDocument(
  id: string
): Promise<{ ok: true; response: Response } | { ok: false; status: number; message: string }> {
  if (!(await getAuthToken())) return { ok: false, status: 401, message: "Требуется вход" }
  const { sdk } = getSdk()
  try {
    // a non-JSON accept: the SDK hands the raw response over (errors still throw, with their status)
    const response = await sdk.client.fetch<Response>(
      `/store/b2b/documents/${encodeURIComponent(id)}/download`,
      { headers: { ...(await getAuthHeaders()), accept: "application/pdf" }, cache: "no-store" }
    )
    return { ok: true, response }
  } catch (e) {
    return failure(e)
  }
}
