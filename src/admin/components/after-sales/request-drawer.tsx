import { useState } from "react"
import { Button, Drawer, Label, StatusBadge, Text, Textarea } from "@medusajs/ui"
import { ErrorText, KeyValues, OptionSelect } from "../common"
import { api } from "../../lib/api"
import { formatDateTime, humanize } from "../../lib/format"
import { useAction, useApi } from "../../lib/use-api"
import { nextStatuses, STATUS_COLOR, type OrderRequest } from "./types"

/** One request: details, return items, the conversation, and the manager's decision with a reply. */
export function RequestDrawer({
  id,
  onOpenChange,
  onChanged,
}: {
  id: string
  onOpenChange: (open: boolean) => void
  onChanged: () => void
}) {
  const { data, error, reload } = useApi<{ request: OrderRequest }>(`/admin/b2b/requests/${id}`)
  const { busy, run } = useAction()
  const [status, setStatus] = useState("")
  const [reply, setReply] = useState("")
  const [documentId, setDocumentId] = useState("")
  const r = data?.request
  const options = r ? nextStatuses(r).map((s) => ({ value: s, label: humanize(s) })) : []

  const submit = async () => {
    if (!r || (!status && !reply.trim())) return
    const ok = await run(
      () =>
        api(`/admin/b2b/requests/${r.id}`, {
          body: {
            ...(status ? { status } : {}),
            ...(reply.trim() ? { reply } : {}),
            ...(documentId.trim() ? { document_id: documentId.trim() } : {}),
          },
        }),
      {
        success: status ? `Request ${humanize(status).toLowerCase()}` : "Reply sent",
        failure: "Could not update the request",
      }
    )
    if (ok) {
      setStatus("")
      setReply("")
      setDocumentId("")
      reload()
      onChanged()
    }
  }

  return (
    <Drawer open onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            {r ? `${humanize(r.type)}${r.subject ? `: ${r.subject}` : ""}` : "Request"}
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto p-0">
          <ErrorText>{error}</ErrorText>
          {r ? (
            <>
              <KeyValues
                rows={[
                  [
                    "Status",
                    <StatusBadge color={STATUS_COLOR[r.status] ?? "grey"}>
                      {humanize(r.status)}
                    </StatusBadge>,
                  ],
                  [
                    "Order",
                    <a className="text-ui-fg-interactive" href={`/app/orders/${r.order_id}`}>
                      {r.order_display_id ? `#${r.order_display_id}` : r.order_id}
                    </a>,
                  ],
                  ["Counterparty", r.legal_entity_name ?? r.legal_entity_id ?? "—"],
                  [
                    "Author",
                    r.customer ? `${r.customer.name ?? ""} ${r.customer.email}`.trim() : "—",
                  ],
                  ["Created", formatDateTime(r.created_at)],
                  ...(r.reason_label
                    ? [
                        [
                          "Reason",
                          r.parent_reason_label
                            ? `${r.parent_reason_label} → ${r.reason_label}`
                            : r.reason_label,
                        ] as [string, string],
                      ]
                    : []),
                  ...(r.document_type
                    ? [
                        [
                          "Document",
                          humanize(r.document_type) + (r.document_id ? ` (${r.document_id})` : ""),
                        ] as [string, string],
                      ]
                    : []),
                  ...(r.return
                    ? [
                        ["Medusa return", `${r.return.id} · ${humanize(r.return.status)}`] as [
                          string,
                          string,
                        ],
                      ]
                    : []),
                ]}
              />
              {r.message ? (
                <div className="px-6">
                  <Text size="small" className="whitespace-pre-wrap">
                    {r.message}
                  </Text>
                </div>
              ) : null}
              {r.items?.length ? (
                <div className="flex flex-col gap-y-1 px-6">
                  <Label size="small" weight="plus">
                    Items to return
                  </Label>
                  {r.items.map((it, i) => (
                    <Text key={i} size="small">
                      {it.title} × {it.quantity} — {it.reason_label}
                      {it.note ? ` («${it.note}»)` : ""}
                    </Text>
                  ))}
                </div>
              ) : null}
              <div className="flex flex-col gap-y-2 px-6">
                <Label size="small" weight="plus">
                  Conversation
                </Label>
                {r.messages?.length ? (
                  r.messages.map((m) => (
                    <div
                      key={m.id}
                      className={`rounded-md p-2 ${m.author_type === "manager" ? "bg-ui-bg-subtle ml-8" : "bg-ui-bg-base border mr-8"}`}
                    >
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {m.author_type === "manager" ? "Manager" : "Buyer"} ·{" "}
                        {formatDateTime(m.created_at)}
                      </Text>
                      <Text size="small" className="whitespace-pre-wrap">
                        {m.text}
                      </Text>
                    </div>
                  ))
                ) : (
                  <Text size="small" className="text-ui-fg-muted">
                    No messages yet.
                  </Text>
                )}
              </div>
              <div className="flex flex-col gap-y-2 border-t px-6 py-4">
                {options.length ? (
                  <>
                    <Label size="small" weight="plus">
                      New status
                    </Label>
                    <OptionSelect
                      value={status}
                      onChange={setStatus}
                      options={options}
                      emptyLabel="Keep the status (reply only)"
                    />
                    {status === "approved" && r.type === "return" ? (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        Approving creates a Medusa return of these items (to be received at the
                        warehouse).
                      </Text>
                    ) : null}
                    {r.type === "document" ? (
                      <>
                        <Label size="small">
                          Document id (uploaded in B2B documents), optional
                        </Label>
                        <input
                          className="rounded-md border px-2 py-1 text-sm"
                          value={documentId}
                          onChange={(e) => setDocumentId(e.target.value)}
                          placeholder="doc_…"
                        />
                      </>
                    ) : null}
                  </>
                ) : null}
                <Label size="small" weight="plus">
                  Reply to the buyer
                </Label>
                <Textarea value={reply} onChange={(e) => setReply(e.target.value)} rows={3} />
              </div>
            </>
          ) : null}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              Close
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            onClick={submit}
            isLoading={busy}
            disabled={!r || (!status && !reply.trim())}
          >
            {status ? "Save" : "Send reply"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
