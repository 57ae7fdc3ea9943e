import { Button, Container, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { ErrorText, ListState, SectionHeader, SimpleTable } from "../../../components/common"
import { SessionFiles } from "../../../components/one-c/session-files"
import {
  anyLive,
  sessionDuration,
  sessionFinishedAt,
  sessionState,
  STATE_COLOR,
} from "../../../components/one-c/session-state"
import type { Session, SessionDetail } from "../../../components/one-c/types"
import { formatDateTime, formatDuration, humanize } from "../../../lib/format"
import { useApi } from "../../../lib/use-api"

const LOG_COLOR = { success: "green", progress: "blue", failure: "red" } as const

/** One exchange session: its files (progress, counters, errors, re-import) and its step log. */
const OneCSessionPage = () => {
  const { id } = useParams()
  // the list endpoint carries the files; the detail endpoint the step log
  const list = useApi<{ sessions: Session[] }>("/admin/b2b/one-c/sessions?limit=100", {
    poll: (d) => anyLive(d.sessions.filter((s) => s.id === id)),
  })
  const live = list.polling
  const detail = useApi<SessionDetail>(id ? `/admin/b2b/one-c/sessions/${id}` : null, {
    poll: () => live,
  })
  const session = list.data?.sessions.find((s) => s.id === id)
  const log = detail.data?.log ?? []
  const reload = () => {
    list.reload()
    detail.reload()
  }
  const state = session ? sessionState(session) : null

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          level="h1"
          title={`1C ${humanize(session?.type ?? detail.data?.session.type)} session`}
          subtitle={<span className="font-mono">{id}</span>}
          actions={
            <>
              {state ? (
                <StatusBadge color={STATE_COLOR[state]}>{humanize(state)}</StatusBadge>
              ) : null}
              <Button size="small" variant="secondary" onClick={reload}>
                Refresh
              </Button>
              <Button size="small" variant="transparent" asChild>
                <Link to="/one-c">Back</Link>
              </Button>
            </>
          }
        />
        {detail.error ? (
          <div className="px-6 py-4">
            <ErrorText>{detail.error}</ErrorText>
          </div>
        ) : null}
        {session ? (
          <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
            <Info label="Started" value={formatDateTime(session.created_at)} />
            <Info label="Finished" value={formatDateTime(sessionFinishedAt(session))} />
            <Info label="Duration" value={formatDuration(sessionDuration(session))} />
            <Info label="Last contact" value={formatDateTime(session.last_seen_at)} />
            <Info label="Protocol version" value={session.version ?? "—"} />
            <Info label="Full import" value={session.full_import ? "yes" : "no (changes only)"} />
            <Info label="Exchange status" value={session.status} />
            <Info label="Files" value={String(session.files.length)} />
          </div>
        ) : null}
      </Container>

      <Container className="divide-y p-0">
        <SectionHeader
          title="Files"
          subtitle={live ? "Importing: refreshing every 2 s" : undefined}
        />
        <ListState
          loading={list.loading}
          error={list.error}
          empty={!session?.files.length}
          emptyText={
            session
              ? "No files were uploaded in this session."
              : "This session is not among the 100 most recent ones; its files are not listed."
          }
        />
        {session?.files.length ? (
          <SessionFiles sessionId={session.id} files={session.files} onChanged={reload} />
        ) : null}
      </Container>

      <Container className="divide-y p-0">
        <SectionHeader
          title="Step log"
          subtitle="Every import / query / success call 1C made, with the answer and how long it took."
        />
        <ListState loading={detail.loading} empty={!log.length} emptyText="No steps logged." />
        {log.length ? (
          <SimpleTable columns={["Time", "Mode", "File", "Answer", "Message", "Duration"]}>
            {log.map((l) => (
              <Table.Row key={l.id} className="align-top">
                <Table.Cell>{formatDateTime(l.created_at)}</Table.Cell>
                <Table.Cell>{l.mode}</Table.Cell>
                <Table.Cell className="break-all font-mono text-xs">{l.filename ?? "—"}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={LOG_COLOR[l.status] ?? "grey"}>{l.status}</StatusBadge>
                </Table.Cell>
                <Table.Cell className="max-w-[480px]">
                  <Text
                    size="small"
                    className={`whitespace-pre-wrap break-words ${l.status === "failure" ? "text-ui-fg-error" : ""}`}
                  >
                    {l.message || "—"}
                  </Text>
                </Table.Cell>
                <Table.Cell>{formatDuration(l.duration_ms)}</Table.Cell>
              </Table.Row>
            ))}
          </SimpleTable>
        ) : null}
      </Container>
    </div>
  )
}

function Info({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xsmall" className="text-ui-fg-muted">
        {label}
      </Text>
      <Text size="small" weight="plus">
        {value}
      </Text>
    </div>
  )
}

export default OneCSessionPage
