/**
 * Which processes descend from this one (Linux /proc): lets tests, the benchmark and a health check verify
 * that Chromium processes neither pile up nor outlive the renderer. Empty where /proc is missing.
 */
import { readdirSync, readFileSync } from "node:fs"

export interface ProcessInfo {
  pid: number
  ppid: number
  /** The executable's short name as the kernel reports it ("chromium", "chrome_crashpad"…). */
  name: string
  /** Resident memory in bytes (assuming 4 KiB pages, as on x86-64). */
  rss: number
}

const PAGE_SIZE = 4096

function readProcess(pid: number): ProcessInfo | null {
  try {
    // /proc/PID/stat: "pid (comm) state ppid …"; comm may itself contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const close = stat.lastIndexOf(")")
    const name = stat.slice(stat.indexOf("(") + 1, close)
    // Fields after the name, from field 3 (state) on: ppid is field 4, rss (in pages) field 24.
    const fields = stat.slice(close + 2).split(" ")
    if (fields[0] === "Z") return null // a zombie has exited already
    return { pid, ppid: Number(fields[1]), name, rss: Number(fields[21]) * PAGE_SIZE }
  } catch {
    return null // exited while we were looking
  }
}

/** All live descendants of `rootPid`, optionally only those whose name matches. */
export function descendantProcesses(rootPid = process.pid, name?: RegExp): ProcessInfo[] {
  let entries: string[]
  try {
    entries = readdirSync("/proc")
  } catch {
    return []
  }
  const all = entries.filter((e) => /^\d+$/.test(e)).map((e) => readProcess(Number(e)))
  const children = new Map<number, ProcessInfo[]>()
  for (const p of all) {
    if (!p) continue
    const list = children.get(p.ppid)
    if (list) list.push(p)
    else children.set(p.ppid, [p])
  }
  const found: ProcessInfo[] = []
  const queue = [rootPid]
  while (queue.length) {
    for (const child of children.get(queue.shift() as number) ?? []) {
      found.push(child)
      queue.push(child.pid)
    }
  }
  return name ? found.filter((p) => name.test(p.name)) : found
}

/** Chromium processes (browser, zygotes, renderers, utilities) started by this process. */
export const chromiumProcesses = (rootPid = process.pid): ProcessInfo[] =>
  descendantProcesses(rootPid, /chrom/i)
