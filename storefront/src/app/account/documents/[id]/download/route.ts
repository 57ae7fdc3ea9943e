import { downloadDocument } from "@/lib/data/documents"
import { errorMessage } from "@/lib/util/api"

export const dynamic = "force-dynamic"

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } })

/**
 * The document's PDF, fetched with the buyer's session on the server and streamed through (the token
 * never reaches the browser); the backend checks the document belongs to the buyer's counterparty.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const r = await downloadDocument(id)
  if (!r.ok) return text(r.message, [401, 403, 404].includes(r.status) ? r.status : 502)
  if (!r.response.body) return text(errorMessage(r.response.status, null), 502)
  const headers = new Headers({
    "content-type": r.response.headers.get("content-type") ?? "application/pdf",
    "cache-control": "private, no-store",
  })
  const disposition = r.response.headers.get("content-disposition")
  if (disposition) headers.set("content-disposition", disposition)
  return new Response(r.response.body, { status: 200, headers })
}
