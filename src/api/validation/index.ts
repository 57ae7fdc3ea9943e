import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validateAndTransformQuery as medusaQuery } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { zodValidator } from "@medusajs/framework"
import { z as z4, type z } from "@medusajs/framework/zod"
import { int4, MAX_LINE_QUANTITY, textProblem } from "./primitives"

export * from "./primitives"

// a field name with a control character is shown with "?" in its place (the message must stay printable)
const pathText = (path: (string | number | PropertyKey)[]) =>
  path.map((p) => String(p).replace(/[\u0000-\u001f\u007f]/g, "?")).join(".")

/**
 * The first value of a parsed body or query that may not reach a handler: a string (or an object
 * key) with a null byte or a control character other than \n \r \t, or a number that is not finite
 * (JSON's 1e309 parses to Infinity). Line breaks are judged per field by the zod primitives.
 */
export function unsafeInput(
  value: unknown,
  path: (string | number)[] = [],
  depth = 0
): { path: string; problem: string } | null {
  if (depth > 32) return { path: pathText(path) || "body", problem: "nested too deeply" }
  if (typeof value === "string") {
    const p = textProblem(value, true)
    return p ? { path: pathText(path) || "body", problem: p } : null
  }
  if (typeof value === "number")
    return Number.isFinite(value)
      ? null
      : { path: pathText(path) || "body", problem: "must be a finite number" }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const r = unsafeInput(value[i], [...path, i], depth + 1)
      if (r) return r
    }
    return null
  }
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      const kp = textProblem(k, false)
      if (kp) return { path: pathText([...path, k]) || "body", problem: `field name ${kp}` }
      const r = unsafeInput(v, [...path, k], depth + 1)
      if (r) return r
    }
  }
  return null
}

/** Throws a 400 naming the field when the value holds something no column can store. */
export function assertSafeInput(value: unknown, prefix?: string) {
  const bad = unsafeInput(value, prefix ? [prefix] : [])
  if (bad) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${bad.path}: ${bad.problem}`)
}

/**
 * Middleware: the body and query of any request (Medusa's own routes, multipart, ours before their
 * zod schema). Registered without a method so Medusa's router sorts it before route-specific guards.
 */
export function rejectUnsafeInput(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    assertSafeInput(req.query ?? {}, "query")
    if (req.body !== undefined) assertSafeInput(req.body)
    next()
  } catch (e) {
    next(e)
  }
}

/**
 * Middleware for every method: a path whose parameters carry a null byte or a control character
 * ("/store/b2b/roles/%00"), or such a query ("?cart_id=%00"), is a 400 before any handler or guard
 * looks the id up (Postgres refuses \u0000: a 500).
 */
export function rejectUnsafePath(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  let path: string
  try {
    path = decodeURIComponent((req.originalUrl ?? req.url ?? "").split("?")[0])
  } catch {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "path: malformed percent-encoding"))
  }
  const p = textProblem(path)
  if (p) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `path: ${p}`))
  try {
    assertSafeInput(req.query ?? {}, "query")
  } catch (e) {
    return next(e)
  }
  next()
}

/**
 * Custom messages are printed by Medusa without the field path; a message that does not start with
 * its field ("name: …") gets the path in front, so every 400 names the field.
 */
function namePaths(error: z.ZodError) {
  // zod 4's issue union has no common `errors`/`message` writable shape: issues are read and rewritten loosely
  for (const issue of error.issues as any[]) {
    if (issue.code === "invalid_union" && Array.isArray(issue.errors)) {
      for (const branch of issue.errors)
        if (Array.isArray(branch))
          namePaths({
            issues: branch.map((i: any) => ({ ...i, path: [...issue.path, ...i.path] })),
            // a ZodError-like holder of the branch issues (only .issues is read)
          } as any)
    }
    if (!["custom", "invalid_format", "invalid_key", "invalid_element"].includes(issue.code))
      continue
    const path = pathText(issue.path ?? [])
    if (!path || typeof issue.message !== "string") continue
    if (/^[\w.[\]-]+: /.test(issue.message)) continue
    issue.message = `${path}: ${issue.message}`
  }
}

type Schema = z.ZodType | ((v: any) => z.ZodType)

/**
 * Medusa's validateAndTransformBody with the input scan in front and field-naming messages; the
 * schema is kept on the middleware (`.schema`) so the fuzz spec can read every route's fields.
 */
export function validateAndTransformBody(schema: Schema) {
  const inner = async (req: MedusaRequest, body: unknown) => {
    const s =
      typeof schema === "function"
        ? (schema as (v: any) => z.ZodType)(req.additionalDataValidator)
        : schema
    // only object schemas have .strict(); a refined or unioned schema is taken as it is
    const strict =
      "strict" in s && typeof (s as any).strict === "function" ? (s as any).strict() : s // cast to any: zod object schemas have .strict(); the union type here does not say so
    const r = await strict.safeParseAsync(body)
    if (r.success) return r.data
    namePaths(r.error)
    // Medusa's own formatter (same wording as before: "Invalid request: …")
    // zodValidator wants a schema: a stand-in that rejects with our (renamed) error keeps Medusa's wording
    return zodValidator({ parseAsync: async () => Promise.reject(r.error) } as any, body)
  }
  const mw = async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      assertSafeInput(req.body ?? {})
      req.validatedBody = await inner(req, req.body)
      next()
    } catch (e) {
      next(e)
    }
  }
  return Object.assign(mw, { schema })
}

/** Medusa's validateAndTransformQuery with the input scan in front. */
export function validateAndTransformQuery(
  schema: z.ZodType,
  config: Parameters<typeof medusaQuery>[1]
) {
  const validate = medusaQuery(schema, config)
  const mw = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      assertSafeInput(req.query ?? {}, "query")
    } catch (e) {
      return next(e)
    }
    return validate(req, res, next)
  }
  return Object.assign(mw, { schema })
}

/**
 * Medusa's line-item routes (add: POST /store/carts/:id/line-items, update: …/line-items/:line_id):
 * the quantity a whole number up to MAX_LINE_QUANTITY (0 on update removes the line, as in Medusa);
 * 1e12 was a 500. Runs with the scan, so metadata cannot carry a null byte either.
 */
export const lineItemQuantity = (min: 0 | 1) => {
  const schema = z4
    .object({
      quantity: int4(
        z4
          .number({ message: "quantity: a whole number" })
          .int({ message: "quantity: a whole number" })
      )
        .min(min, { message: `quantity: a whole number from ${min}` })
        .max(MAX_LINE_QUANTITY, { message: `quantity: at most ${MAX_LINE_QUANTITY}` })
        .optional(),
    })
    .passthrough()
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      assertSafeInput(req.body ?? {})
      const r = schema.safeParse(req.body ?? {})
      if (!r.success)
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          r.error.issues.map((i) => i.message).join("; ")
        )
      next()
    } catch (e) {
      next(e)
    }
  }
}

/**
 * Medusa's update/delete of a cart line (/store/carts/:id/line-items/:line_id): a line that is not
 * in that cart, or a cart that does not exist, is a 404 naming it (both were a 500 in Medusa's workflow).
 */
export async function requireCartLine(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const { id, line_id } = req.params as { id?: string; line_id?: string }
    if (id && line_id) {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["id", "items.id"],
        filters: { id },
      })
      const cart = data[0] as { items?: { id: string }[] } | undefined
      // an unknown cart reached Medusa's delete workflow as undefined (a 500)
      if (!cart)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${id} was not found`)
      if (!(cart.items ?? []).some((i) => i?.id === line_id)) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `line_id: line item ${line_id} is not in cart ${id}`
        )
      }
    }
    next()
  } catch (e) {
    next(e)
  }
}
