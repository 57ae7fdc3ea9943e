import { useCallback, useEffect, useState } from "react"
import { toast } from "@medusajs/ui"
import { api, errorMessage, isAbort } from "./api"

type State<T> = { data?: T; error?: string; loading: boolean; fetched: number }

/**
 * GETs `path` (null = not yet) and keeps the last good answer while reloading. With `poll`, the
 * request is repeated every `intervalMs` after each answer for as long as `poll(data)` is true.
 */
export function useApi<T>(
  path: string | null,
  opts: { poll?: (data: T) => boolean; intervalMs?: number } = {}
) {
  const [state, setState] = useState<State<T>>({ loading: !!path, fetched: 0 })
  const [tick, setTick] = useState(0)
  const reload = useCallback(() => setTick((t) => t + 1), [])

  useEffect(() => {
    if (!path) return
    const ctrl = new AbortController()
    setState((s) => ({ ...s, loading: true }))
    api<T>(path, { signal: ctrl.signal }).then(
      (data) => setState((s) => ({ data, loading: false, fetched: s.fetched + 1 })),
      (e) => {
        if (!isAbort(e))
          setState((s) => ({
            ...s,
            error: errorMessage(e),
            loading: false,
            fetched: s.fetched + 1,
          }))
      }
    )
    return () => ctrl.abort()
  }, [path, tick])

  const polling = !!(state.data !== undefined && opts.poll?.(state.data))
  const interval = opts.intervalMs ?? 2000
  useEffect(() => {
    if (!polling) return
    const t = setTimeout(reload, interval)
    return () => clearTimeout(t)
  }, [polling, state.fetched, interval, reload])

  return { data: state.data, error: state.error, loading: state.loading, polling, reload }
}

/**
 * Runs a mutation with a busy flag and toasts: `success` on 2xx, `failure` with the backend's
 * message otherwise. Resolves with the answer, or undefined when it failed.
 */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async <T>(
      fn: () => Promise<T>,
      msgs: { success?: string | ((r: T) => string); failure: string }
    ): Promise<T | undefined> => {
      setBusy(true)
      try {
        const r = await fn()
        if (msgs.success)
          toast.success(typeof msgs.success === "function" ? msgs.success(r) : msgs.success)
        return r
      } catch (e) {
        toast.error(msgs.failure, { description: errorMessage(e) })
        return undefined
      } finally {
        setBusy(false)
      }
    },
    []
  )
  return { busy, run }
}
