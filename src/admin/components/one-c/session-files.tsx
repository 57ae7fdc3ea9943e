import { useState } from "react"
import { Button, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { ErrorText, SimpleTable } from "../common"
import { api, errorMessage } from "../../lib/api"
import { formatDateTime, formatDuration, humanize } from "../../lib/format"
import { COUNT_KEYS, fileMessages } from "./session-state"
import type { SessionFile } from "./types"

const PHASE_COLOR = { stage: "blue", apply: "blue", done: "green", failed: "red" } as const

/** The files of a session with their import progress, counters and errors; each can be imported again. */
export function SessionFiles({
  sessionId,
  files,
  onChanged,
}: {
  sessionId: string
  files: SessionFile[]
  onChanged: () => void
}) {
  const prompt = usePrompt()
  const [busy, setBusy] = useState<string | null>(null)

  const rerun = async (f: SessionFile) => {
    const ok = await prompt({
      title: `Import ${f.filename} again?`,
      description:
        "The file is applied again from the start, step by step, until done. Unchanged objects are skipped.",
      confirmText: "Import again",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!ok) return
    setBusy(f.filename)
    try {
      const r = await api<{ result?: string; message?: string }>(
        `/admin/b2b/one-c/sessions/${sessionId}`,
        { body: { filename: f.filename } }
      )
      if (r.result === "failure")
        toast.error("Import failed", { description: r.message || f.filename })
      else toast.success("Import finished", { description: r.message || f.filename })
    } catch (e) {
      toast.error("Could not import again", { description: errorMessage(e) })
    } finally {
      setBusy(null)
      onChanged()
    }
  }

  return (
    <SimpleTable
      columns={[
        "File",
        "Phase",
        "Progress",
        "Started",
        "Duration",
        ...COUNT_KEYS.map(humanize),
        "",
      ]}
    >
      {files.map((f) => (
        <Table.Row key={f.filename} className="align-top">
          <Table.Cell className="max-w-[360px]">
            <Text size="small" className="break-all font-mono">
              {f.filename}
            </Text>
            <ErrorText>{f.error}</ErrorText>
            {fileMessages(f.counts).map((m, i) => (
              <Text key={i} size="xsmall" className="text-ui-fg-error">
                {m}
              </Text>
            ))}
          </Table.Cell>
          <Table.Cell>
            <StatusBadge color={PHASE_COLOR[f.phase] ?? "grey"}>{f.phase}</StatusBadge>
          </Table.Cell>
          <Table.Cell>
            {f.applied} / {f.staged} ({f.progress}%)
          </Table.Cell>
          <Table.Cell>{formatDateTime(f.started_at)}</Table.Cell>
          <Table.Cell>{formatDuration(f.duration_ms)}</Table.Cell>
          {COUNT_KEYS.map((k) => {
            const v = f.counts?.[k]
            return (
              <Table.Cell key={k} className={k === "failed" && v ? "text-ui-fg-error" : undefined}>
                {typeof v === "number" ? v : 0}
              </Table.Cell>
            )
          })}
          <Table.Cell className="text-right">
            <Button
              size="small"
              variant="secondary"
              isLoading={busy === f.filename}
              disabled={!!busy}
              onClick={() => rerun(f)}
            >
              Import again
            </Button>
          </Table.Cell>
        </Table.Row>
      ))}
    </SimpleTable>
  )
}
