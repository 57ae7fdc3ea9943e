import { listDocuments } from "@/lib/data/documents"
import { DOCUMENT_TYPES } from "@/lib/util/account"
import {
  DOCUMENTS_PAGE_SIZE,
  DocumentsTemplate,
} from "@/modules/documents/templates/documents-template"

export const dynamic = "force-dynamic"

export default async function DocumentsPage({
  searchParams,
}: {
  searchParams: Promise<{ offset?: string; type?: string; order_id?: string }>
}) {
  const sp = await searchParams
  const offset = Math.max(0, Number.parseInt(sp.offset ?? "0", 10) || 0)
  const type = sp.type && sp.type in DOCUMENT_TYPES ? sp.type : undefined
  const orderId = sp.order_id && /^[\w-]{1,64}$/.test(sp.order_id) ? sp.order_id : undefined
  const result = await listDocuments({
    limit: DOCUMENTS_PAGE_SIZE,
    offset,
    ...(type ? { type } : {}),
    ...(orderId ? { order_id: orderId } : {}),
  })
  return <DocumentsTemplate result={result} type={type} orderId={orderId} offset={offset} />
}
