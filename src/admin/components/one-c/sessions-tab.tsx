import { StatusBadge, Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { ListState, SectionHeader, SimpleTable } from "../common"
import { formatDateTime, formatDuration, humanize } from "../../lib/format"
import { useApi } from "../../lib/use-api"
import {
  anyLive,
  COUNT_KEYS,
  fileRunning,
  sessionCounts,
  sessionDuration,
  sessionFinishedAt,
  sessionState,
  STATE_COLOR,
} from "./session-state"
import type { Session } from "./types"

/** The exchange log: recent sessions, polled every 2 s while one is live. */
export function SessionsTab() {
  const navigate = useNavigate()
  const { data, error, loading, polling } = useApi<{ sessions: Session[] }>(
    "/admin/b2b/one-c/sessions?limit=50",
    { poll: (d) => anyLive(d.sessions) }
  )
  const sessions = data?.sessions ?? []
  return (
    <div className="divide-y">
      <SectionHeader
        title="Exchange sessions"
        subtitle={
          polling
            ? "An exchange is in progress: refreshing every 2 s"
            : "Catalog and sale exchanges started by 1C"
        }
      />
      <ListState
        loading={loading}
        error={error}
        empty={!sessions.length}
        emptyText="No exchange sessions yet."
      />
      {sessions.length ? (
        <SimpleTable
          columns={[
            "Type",
            "Status",
            "Started",
            "Finished",
            "Duration",
            "Files",
            ...COUNT_KEYS.map(humanize),
            "Errors",
          ]}
        >
          {sessions.map((s) => {
            const state = sessionState(s)
            const counts = sessionCounts(s)
            const running = s.files.filter(fileRunning)
            const errors = s.files.filter((f) => f.error)
            return (
              <Table.Row
                key={s.id}
                className="cursor-pointer"
                onClick={() => navigate(`/one-c/${s.id}`)}
              >
                <Table.Cell>
                  {humanize(s.type)}
                  {s.full_import ? " (full)" : ""}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={STATE_COLOR[state]}>{humanize(state)}</StatusBadge>
                  {running.map((f) => (
                    <Text key={f.filename} size="xsmall" className="text-ui-fg-subtle">
                      {f.filename}: {f.phase} {f.progress}%
                    </Text>
                  ))}
                </Table.Cell>
                <Table.Cell>{formatDateTime(s.created_at)}</Table.Cell>
                <Table.Cell>{formatDateTime(sessionFinishedAt(s))}</Table.Cell>
                <Table.Cell>{formatDuration(sessionDuration(s))}</Table.Cell>
                <Table.Cell>{s.files.length}</Table.Cell>
                {COUNT_KEYS.map((k) => (
                  <Table.Cell
                    key={k}
                    className={k === "failed" && counts[k] ? "text-ui-fg-error" : undefined}
                  >
                    {counts[k] ?? 0}
                  </Table.Cell>
                ))}
                <Table.Cell className="max-w-[280px]">
                  {errors.length ? (
                    <Text
                      size="small"
                      className="truncate text-ui-fg-error"
                      title={errors.map((f) => `${f.filename}: ${f.error}`).join("\n")}
                    >
                      {errors[0].filename}: {errors[0].error}
                    </Text>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </SimpleTable>
      ) : null}
    </div>
  )
}
