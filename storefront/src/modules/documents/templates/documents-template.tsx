import type { B2BDocument } from "@/types/account"
import type { ApiResult } from "@/types/api"
import { DOCUMENT_TYPES, pages } from "@/lib/util/account"
import { Empty, ErrorBox } from "@/modules/common/components/feedback"
import { Pager } from "@/modules/common/components/pager"

import { DocumentsTable } from "../components/documents-table"

export const DOCUMENTS_PAGE_SIZE = 20

/** The counterparty's documents (of one type, of one order), 20 a page. */
export function DocumentsTemplate({
  result: r,
  type,
  orderId,
  offset,
}: {
  result: ApiResult<{ documents: B2BDocument[]; count: number }>
  type?: string
  orderId?: string
  offset: number
}) {
  const q = { ...(type ? { type } : {}), ...(orderId ? { order_id: orderId } : {}) }
  const link = (o: number) =>
    `/account/documents?${new URLSearchParams({ ...q, offset: String(o) })}`
  return (
    <>
      <h2>Документы</h2>
      <form className="mb-4 flex flex-wrap gap-2" method="get">
        <select name="type" defaultValue={type ?? ""} aria-label="Тип документа">
          <option value="">Все типы</option>
          {Object.entries(DOCUMENT_TYPES).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        {orderId && <input type="hidden" name="order_id" value={orderId} />}
        <button type="submit" className="secondary">
          Показать
        </button>
      </form>
      {!r.ok ? (
        <ErrorBox>
          {r.status === 403 ? "Ваша роль не даёт доступа к документам." : r.message}
        </ErrorBox>
      ) : !r.data.documents.length ? (
        <Empty testId="documents-empty">Документов нет.</Empty>
      ) : (
        <>
          <DocumentsTable documents={r.data.documents} />
          <Pager pages={pages(r.data.count, DOCUMENTS_PAGE_SIZE, offset)} href={link} />
        </>
      )}
    </>
  )
}
