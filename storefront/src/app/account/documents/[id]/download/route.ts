import { apiHeaders, apiUrl, errorMessage } from "@/lib/b2b-api"
import { apiTarget } from "@/lib/session"

export const dynamic = "force-dynamic"

/**
 * The document's PDF, fetched with the buyer's session on the server and streamed through (the token
 * never reaches the browser); the backend checks the document belongs to the buyer's counterparty.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const t = await apiTarget()
  if (!t.token)
    return new Response("Требуется вход", {
      status: 401,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  const r = await fetch(
    apiUrl(t.backendUrl, `/store/b2b/documents/${encodeURIComponent(id)}/download`),
    { headers: apiHeaders(t, { accept: "application/pdf" }), cache: "no-store" }
  )
  if (!r.ok || !r.body) {
    const body = await r.json().catch(() => null)
    return new Response(errorMessage(r.status, body), {
      status: r.status === 401 || r.status === 403 || r.status === 404 ? r.status : 502,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
  const headers = new Headers({
    "content-type": r.headers.get("content-type") ?? "application/pdf",
    "cache-control": "private, no-store",
  })
  const disposition = r.headers.get("content-disposition")
  if (disposition) headers.set("content-disposition", disposition)
  return new Response(r.body, { status: 200, headers })
}
