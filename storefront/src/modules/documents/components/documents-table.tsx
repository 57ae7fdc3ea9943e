import type { B2BDocument } from "@/types/account"
import { documentType, formatDate } from "@/lib/util/account"
import { formatMoney } from "@/lib/util/format"
import { TBody, THead, Table, Td, Th, Tr } from "@/modules/common/components/table"

/** The counterparty's documents: a PDF to download when ready, else why not. */
export function DocumentsTable({ documents }: { documents: B2BDocument[] }) {
  return (
    <Table testId="documents-table">
      <THead>
        <Th>Документ</Th>
        <Th>Дата</Th>
        <Th num>Сумма</Th>
        <Th />
      </THead>
      <TBody>
        {documents.map((d) => (
          <Tr key={d.id} testId="document-row">
            <Td>
              <span className="font-medium max-sm:w-full max-sm:text-left">
                {documentType(d.type)} № {d.number}
              </span>
            </Td>
            <Td label="Дата">{formatDate(d.date)}</Td>
            <Td label="Сумма" num>
              {d.total ? formatMoney(d.total, d.currency_code ?? "RUB") : "—"}
            </Td>
            <Td>
              {d.status === "ready" ? (
                <a
                  href={`/account/documents/${encodeURIComponent(d.id)}/download`}
                  data-testid="document-download"
                >
                  Скачать PDF
                </a>
              ) : d.status === "pending" ? (
                <span className="text-ui-fg-subtle">готовится…</span>
              ) : (
                <span className="text-ui-fg-subtle">не сформирован: менеджер уведомлён</span>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  )
}
