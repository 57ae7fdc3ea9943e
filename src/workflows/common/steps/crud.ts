import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Generic, compensating CRUD steps over a MedusaService module, by entity name as the service
 * names its methods (e.g. module "company", entity "B2bLegalEntities" → createB2bLegalEntities).
 */
type Row = { id: string } & Record<string, unknown>
type Dyn = Record<string, (...args: any[]) => Promise<any>>

/** One step definition per (kind, module, entity): workflows share them instead of redefining an id. */
const memo = new Map<string, unknown>()
function once<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make())
  return memo.get(key) as T
}

const svc = (container: { resolve: <T>(k: string) => T }, moduleKey: string) =>
  container.resolve<Dyn>(moduleKey)

/** Creates rows; compensation deletes exactly what it created. */
export function createRowsStep<I extends Record<string, unknown>>(
  moduleKey: string,
  entity: string
) {
  return once(`create-${moduleKey}-${entity}`, () =>
    createStep(
      `${moduleKey}-create-${entity}`,
      async (rows: I[], { container }) => {
        const created = (await svc(container, moduleKey)[`create${entity}`](rows)) as Row[]
        return new StepResponse(
          created,
          created.map((r) => r.id)
        )
      },
      async (ids, { container }) => {
        if (ids?.length) await svc(container, moduleKey)[`delete${entity}`](ids)
      }
    )
  )
}

/** Updates rows (each carries its id); compensation writes back the previous values of the fields it changed. */
export function updateRowsStep<I extends { id: string } & Record<string, unknown>>(
  moduleKey: string,
  entity: string
) {
  return once(`update-${moduleKey}-${entity}`, () =>
    createStep(
      `${moduleKey}-update-${entity}`,
      async (rows: I[], { container }) => {
        const service = svc(container, moduleKey)
        const before = (await service[`list${entity}`](
          { id: rows.map((r) => r.id) },
          { take: null }
        )) as Row[]
        const byId = new Map(before.map((b) => [b.id, b]))
        const previous = rows.map((r) => {
          const old = byId.get(r.id) ?? ({} as Row)
          const prev: Row = { id: r.id }
          for (const k of Object.keys(r)) if (k !== "id") prev[k] = old[k] ?? null
          return prev
        })
        const updated = (await service[`update${entity}`](rows)) as Row[]
        return new StepResponse(updated, previous)
      },
      async (previous, { container }) => {
        if (previous?.length) await svc(container, moduleKey)[`update${entity}`](previous)
      }
    )
  )
}

/** Soft-deletes rows; compensation restores them. */
export function softDeleteRowsStep(moduleKey: string, entity: string) {
  return once(`delete-${moduleKey}-${entity}`, () =>
    createStep(
      `${moduleKey}-soft-delete-${entity}`,
      async (ids: string[], { container }) => {
        await svc(container, moduleKey)[`softDelete${entity}`](ids)
        return new StepResponse(ids, ids)
      },
      async (ids, { container }) => {
        if (ids?.length) await svc(container, moduleKey)[`restore${entity}`](ids)
      }
    )
  )
}
