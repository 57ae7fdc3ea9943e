import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { assertSafeInput } from "../validation"

/** Parses with a schema chosen at run time; a failure is a 400 naming the field (prefix optional). */
export function parseOrThrow<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
  prefix = ""
): z.infer<T> {
  assertSafeInput(value, prefix)
  const r = schema.safeParse(value)
  if (r.success) return r.data
  const msg = r.error.issues
    .slice(0, 3)
    .map((i) => {
      const path = [prefix, ...i.path.map(String)].filter(Boolean).join(".")
      return i.message.startsWith(`${String(i.path[i.path.length - 1] ?? "")}:`)
        ? i.message
        : `${path || "body"}: ${i.message}`
    })
    .join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, msg)
}
