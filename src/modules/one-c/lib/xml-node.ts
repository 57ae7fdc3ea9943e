/** A small element tree for one CommerceML object (a product, an offer…), namespace-free. */
export type XNode = { name: string; attrs: Record<string, string>; children: XNode[]; text: string }

/** Local name of a (possibly prefixed) XML name: "cml:Товар" → "Товар". */
export const local = (name: string) => {
  const i = name.indexOf(":")
  return i >= 0 ? name.slice(i + 1) : name
}

export const child = (n: XNode | undefined, name: string): XNode | undefined =>
  n?.children.find((c) => c.name === name)
export const childrenOf = (n: XNode | undefined, name: string): XNode[] =>
  n ? n.children.filter((c) => c.name === name) : []
/** Text of a child element, trimmed; "" when absent or empty (empty elements mean "no value"). */
export const text = (n: XNode | undefined, name?: string): string =>
  ((name ? child(n, name) : n)?.text ?? "").trim()
/** Items of a list element: `path` like "Группы/Ид". */
export function listOf(n: XNode | undefined, path: string): XNode[] {
  const [head, ...rest] = path.split("/")
  const items = childrenOf(n, head)
  if (!rest.length) return items
  return items.flatMap((i) => listOf(i, rest.join("/")))
}

/** "true"/"false" of 1C, tolerant of case and whitespace. */
export const bool = (v: string | undefined) => (v ?? "").trim().toLowerCase() === "true"

/** A decimal as 1C writes it: dot or comma, spaces/NBSP as thousands separators. Null when not a number. */
export function decimal(v: string | undefined): string | null {
  if (v === undefined) return null
  const s = v.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".")
  return /^-?\d+(\.\d+)?$/.test(s) ? s : null
}
