import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Compensating CRUD steps over a MedusaService module, keyed by the service's own method names
 * (`keyof` the service: a misspelt method does not compile). Each entity's step is defined once, in
 * its own file (`workflows/company/steps/create-b2b-holdings.ts` exports `createB2bHoldingsStep`).
 */
export type Row = { id: string } & Record<string, unknown>
type Resolver = { resolve: <T>(key: string) => T }
/** Method names of S whose value is a function. */
type MethodOf<S> = {
  [K in keyof S]: S[K] extends (...args: never[]) => unknown ? K : never
}[keyof S] &
  string
// the service's generated methods are overloaded per entity: called here by name with rows or ids
type Call = (...args: unknown[]) => Promise<unknown>
const method = <S>(container: Resolver, moduleKey: string, name: MethodOf<S>) => {
  const svc = container.resolve<S>(moduleKey) as unknown as Record<string, Call>
  return svc[name].bind(svc)
}

/** Creates rows; compensation deletes exactly what it created. O: the created row's type (the model's, for typed answers). */
export function createRowsStepFor<
  S,
  I extends Record<string, unknown> = Record<string, unknown>,
  O extends { id: string } = Row,
>(stepName: string, moduleKey: string, methods: { create: MethodOf<S>; delete: MethodOf<S> }) {
  return createStep(
    stepName,
    async (rows: I[], { container }) => {
      const created = (await method<S>(container, moduleKey, methods.create)(rows)) as O[]
      return new StepResponse(
        created,
        created.map((r) => r.id)
      )
    },
    async (ids, { container }) => {
      if (ids?.length) await method<S>(container, moduleKey, methods.delete)(ids)
    }
  )
}

/** Updates rows (each carries its id); compensation writes back the previous values of the fields it changed. */
export function updateRowsStepFor<
  S,
  I extends { id: string } & Record<string, unknown> = { id: string } & Record<string, unknown>,
  O extends { id: string } = Row,
>(stepName: string, moduleKey: string, methods: { list: MethodOf<S>; update: MethodOf<S> }) {
  return createStep(
    stepName,
    async (rows: I[], { container }) => {
      const before = (await method<S>(
        container,
        moduleKey,
        methods.list
      )({ id: rows.map((r) => r.id) }, { take: null })) as Row[]
      const byId = new Map(before.map((b) => [b.id, b]))
      const previous = rows.map((r) => {
        const old = byId.get(r.id) ?? ({} as Row)
        const prev: Row = { id: r.id }
        for (const k of Object.keys(r)) if (k !== "id") prev[k] = old[k] ?? null
        return prev
      })
      const updated = (await method<S>(container, moduleKey, methods.update)(rows)) as O[]
      return new StepResponse(updated, previous)
    },
    async (previous, { container }) => {
      if (previous?.length) await method<S>(container, moduleKey, methods.update)(previous)
    }
  )
}

/** Soft-deletes rows; compensation restores them. */
export function softDeleteRowsStepFor<S>(
  stepName: string,
  moduleKey: string,
  methods: { softDelete: MethodOf<S>; restore: MethodOf<S> }
) {
  return createStep(
    stepName,
    async (ids: string[], { container }) => {
      await method<S>(container, moduleKey, methods.softDelete)(ids)
      return new StepResponse(ids, ids)
    },
    async (ids, { container }) => {
      if (ids?.length) await method<S>(container, moduleKey, methods.restore)(ids)
    }
  )
}
