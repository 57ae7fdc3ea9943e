import { useState } from "react"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, StatusBadge, Text, Textarea } from "@medusajs/ui"
import { ErrorText, OptionSelect, SectionHeader } from "../components/common"
import { badgeColor, type OrderB2bStatus } from "../components/order-statuses/types"
import { api } from "../lib/api"
import { formatDateTime, humanize } from "../lib/format"
import { useAction, useApi } from "../lib/use-api"

/** Order detail: the order's B2B status (as the buyer and 1C see it), its history, and changing it. */
const OrderStatusWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error, reload } = useApi<{ b2b_status: OrderB2bStatus }>(
    `/admin/b2b/orders/${order.id}/status`
  )
  const [code, setCode] = useState("")
  const [comment, setComment] = useState("")
  const { busy, run } = useAction()
  const st = data?.b2b_status
  const locked = !!st?.status.is_final
  const options = (st?.statuses ?? [])
    .filter((s) => s.is_active && s.code !== st?.status.code)
    .map((s) => ({
      value: s.code,
      label: `${s.name}${s.one_c_id ? ` [${s.one_c_id}]` : ""}${s.final_action ? ` (${s.final_action}s the order)` : ""}`,
    }))

  const apply = async () => {
    if (!code) return
    const r = await run(
      () =>
        api(`/admin/b2b/orders/${order.id}/status`, {
          body: { code, comment: comment.trim() || null },
        }),
      { success: "Status changed", failure: "Could not change the status" }
    )
    if (r) {
      setCode("")
      setComment("")
      reload()
    }
  }

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="B2B status"
        actions={
          st ? (
            <StatusBadge color={badgeColor(st.status.color)}>{st.status.name}</StatusBadge>
          ) : null
        }
        subtitle={
          st?.changed_at
            ? `${formatDateTime(st.changed_at)} · ${humanize(st.source)}`
            : "Not set yet (derived from the order's status)"
        }
      />
      {error ? (
        <div className="px-6 py-3">
          <ErrorText>{error}</ErrorText>
        </div>
      ) : null}
      {st && !locked ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <OptionSelect value={code} onChange={setCode} options={options} placeholder="Move to…" />
          <Textarea
            placeholder="Comment (optional)"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="flex justify-end">
            <Button
              size="small"
              variant="secondary"
              disabled={!code}
              isLoading={busy}
              onClick={apply}
            >
              Change status
            </Button>
          </div>
        </div>
      ) : null}
      {st?.history.length ? (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          {[...st.history].reverse().map((h, i) => (
            <Text key={i} size="small" className="text-ui-fg-subtle">
              {formatDateTime(h.at)} · {st.statuses.find((s) => s.code === h.code)?.name ?? h.code}{" "}
              · {humanize(h.source)}
              {h.comment ? ` · ${h.comment}` : ""}
              {h.one_c_raw ? ` · 1C: ${h.one_c_raw}` : ""}
            </Text>
          ))}
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.before" })

export default OrderStatusWidget
