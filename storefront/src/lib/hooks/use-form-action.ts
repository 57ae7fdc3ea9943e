"use client"

import { type FormEvent, useCallback, useRef, useState } from "react"

/**
 * A form bound to a server action whose answer is kept in the component's own state.
 *
 * `useActionState` hands the answer over through Next's router transition; when the action also changes a
 * cookie or revalidates the page, that transition now and then never committed (Next 15.5 / React 19.1), so the
 * answer (a quick-order report, a placed order) never showed although the action had succeeded — a third of the
 * runs of the browser test on a loaded machine. Here the action is awaited directly and its answer set with
 * plain state, which always commits; `then` runs after it (a hard navigation or reload where the page must
 * show fresh data).
 */
export function useFormAction<S>(
  action: (prev: S, form: FormData) => Promise<S>,
  initial: S,
  then?: (state: S) => void
): [S, (e: FormEvent<HTMLFormElement>) => void, boolean] {
  const [state, setState] = useState<S>(initial)
  const [pending, setPending] = useState(false)
  const busy = useRef(false)
  const current = useRef(initial)
  const onSubmit = useCallback(
    (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault()
      if (busy.current) return
      busy.current = true
      setPending(true)
      const form = new FormData(e.currentTarget)
      action(current.current, form)
        .then((next) => {
          // an action that redirected (to the login page) answers nothing: the router navigates
          if (next === undefined) return
          current.current = next
          setState(next)
          then?.(next)
        })
        .finally(() => {
          busy.current = false
          setPending(false)
        })
    },
    [action, then]
  )
  return [state, onSubmit, pending]
}
