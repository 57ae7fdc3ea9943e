/**
 * A 4xx answer of the backend taken apart per form field. The backend names the field in each message
 * ("inn: must be a valid INN …", "Field 'email' is required", "Value for field 'company_name' too small …",
 * several joined with "; " after "Invalid request: "); the form shows each under its field, in Russian where
 * the field has a known message, and what names no field of the form as the form's own error.
 */

export type FieldErrors = Record<string, string>

function fieldOf(part: string): string | null {
  const own = /^([a-z_][\w]*)(?:\.\w+)*: /i.exec(part)
  if (own?.[1]) return own[1]
  const named = /[Ff]ield '([a-z_]\w*)/.exec(part)
  return named?.[1] ?? null
}

/**
 * The backend's message split per field of `fields` (the form's own ones); `messages` gives a field's Russian
 * text, else the backend's words are shown. Parts naming no known field are joined into `form`.
 */
export function fieldErrors(
  message: string,
  fields: readonly string[],
  messages: Record<string, string> = {}
): { fields: FieldErrors; form: string | null } {
  const parts = message
    .replace(/^Invalid request:\s*/, "")
    .split(/;\s+/)
    .map((p) => p.trim())
    .filter(Boolean)
  const out: FieldErrors = {}
  const rest: string[] = []
  for (const part of parts) {
    const f = fieldOf(part)
    if (f && fields.includes(f)) {
      out[f] ??= messages[f] ?? part.replace(/^[\w.]+: /, "")
    } else rest.push(part)
  }
  return { fields: out, form: rest.length ? rest.join("; ") : null }
}
