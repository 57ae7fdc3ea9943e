import { DOCUMENT_TYPES, documentType, formatDate, pages } from "@/lib/account"
import { formatMoney } from "@/lib/format"
import { accountGet } from "@/lib/session"

export const dynamic = "force-dynamic"

const LIMIT = 20

type Doc = {
  id: string
  type: string
  number: string
  date: string
  status: "pending" | "ready" | "failed"
  total: string | null
  currency_code?: string | null
  order_id: string | null
  source: string
}

export default async function DocumentsPage({
  searchParams,
}: {
  searchParams: Promise<{ offset?: string; type?: string; order_id?: string }>
}) {
  const sp = await searchParams
  const offset = Math.max(0, Number.parseInt(sp.offset ?? "0", 10) || 0)
  const type = sp.type && sp.type in DOCUMENT_TYPES ? sp.type : undefined
  const orderId = sp.order_id && /^[\w-]{1,64}$/.test(sp.order_id) ? sp.order_id : undefined
  const q = { ...(type ? { type } : {}), ...(orderId ? { order_id: orderId } : {}) }
  const r = await accountGet<{ documents: Doc[]; count: number }>("/store/b2b/documents", {
    limit: LIMIT,
    offset,
    ...q,
  })
  const p = r.ok ? pages(r.data.count, LIMIT, offset) : null
  const link = (o: number) =>
    `/account/documents?${new URLSearchParams({ ...q, offset: String(o) })}`
  return (
    <>
      <h2>Документы</h2>
      <form className="filters" method="get">
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
        <div className="error-box" role="alert">
          {r.status === 403 ? "Ваша роль не даёт доступа к документам." : r.message}
        </div>
      ) : !r.data.documents.length ? (
        <p className="empty" data-testid="documents-empty">
          Документов нет.
        </p>
      ) : (
        <>
          <table className="table" data-testid="documents-table">
            <thead>
              <tr>
                <th>Документ</th>
                <th>Дата</th>
                <th className="num">Сумма</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {r.data.documents.map((d) => (
                <tr key={d.id} data-testid="document-row">
                  <td>
                    {documentType(d.type)} № {d.number}
                  </td>
                  <td>{formatDate(d.date)}</td>
                  <td className="num">
                    {d.total ? formatMoney(d.total, d.currency_code ?? "RUB") : "—"}
                  </td>
                  <td>
                    {d.status === "ready" ? (
                      <a
                        href={`/account/documents/${encodeURIComponent(d.id)}/download`}
                        data-testid="document-download"
                      >
                        Скачать PDF
                      </a>
                    ) : d.status === "pending" ? (
                      <span className="muted">готовится…</span>
                    ) : (
                      <span className="muted">не сформирован: менеджер уведомлён</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {p && (
            <p className="pager">
              {p.prev !== null && <a href={link(p.prev)}>← Назад</a>} Страница {p.current} из{" "}
              {p.total} {p.next !== null && <a href={link(p.next)}>Дальше →</a>}
            </p>
          )}
        </>
      )}
    </>
  )
}
