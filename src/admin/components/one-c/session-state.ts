import { between } from "../../lib/format"
import type { FileCounts, Session, SessionFile } from "./types"

/** A session that talked to us this recently and is still open counts as live. */
const LIVE_MS = 2 * 60_000

export const fileRunning = (f: SessionFile) => f.phase === "stage" || f.phase === "apply"

export type SessionState = "running" | "failed" | "active" | "done"

export function sessionState(s: Session, now = Date.now()): SessionState {
  if (s.files.some(fileRunning)) return "running"
  if (s.files.some((f) => f.phase === "failed" || !!f.error)) return "failed"
  if (s.status === "active" && now - new Date(s.last_seen_at).getTime() < LIVE_MS) return "active"
  return "done"
}

/** Poll while any session is importing or still in an exchange. */
export const anyLive = (sessions: Session[]) =>
  sessions.some((s) => ["running", "active"].includes(sessionState(s)))

export const STATE_COLOR: Record<SessionState, "blue" | "red" | "orange" | "green"> = {
  running: "blue",
  failed: "red",
  active: "orange",
  done: "green",
}

/** Finished = last file finished (or last contact when the session is closed / has no files). */
export function sessionFinishedAt(s: Session): string | null {
  if (s.files.some(fileRunning)) return null
  const ends = s.files.map((f) => f.finished_at).filter(Boolean) as string[]
  if (ends.length) return ends.sort()[ends.length - 1]
  return s.status === "closed" ? s.last_seen_at : null
}

export function sessionDuration(s: Session): number | null {
  return between(
    s.created_at,
    sessionFinishedAt(s) ??
      (sessionState(s) === "running" ? new Date().toISOString() : s.last_seen_at)
  )
}

export const COUNT_KEYS = ["created", "updated", "unchanged", "unknown", "failed"] as const

/** Sum of the numeric counters of the session's files. */
export function sessionCounts(s: Session): Record<string, number> {
  const total: Record<string, number> = {}
  for (const f of s.files)
    for (const [k, v] of Object.entries(f.counts ?? {}))
      if (typeof v === "number") total[k] = (total[k] ?? 0) + v
  return total
}

export const fileMessages = (c: FileCounts | null) =>
  Array.isArray(c?.messages) ? (c!.messages as string[]) : []
