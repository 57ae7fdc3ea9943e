/**
 * 1C characteristics (ХарактеристикиТовара: Цвет = Белый, Объём = 0,9 л) as product options: one option
 * per characteristic name, each variant carrying one value per option. Pure rules, shared by the
 * import (new products, characteristics added or changed later) and the one-off migration of
 * products imported with the single «Вариант» option.
 */

/** The option a product without characteristics carries (as Medusa's own "Default option"). */
export const PLACEHOLDER_OPTION = "Вариант"
/** The value of that option: the product's one variant. */
export const PLACEHOLDER_VALUE = "Основной"
/** A characteristic a variant lacks while others of its product have it. */
export const MISSING_VALUE = "—"

export type Characteristic = { name: string; value: string }

/** The spelling shown: 1C's own, with its stray spaces trimmed and runs of spaces collapsed. */
export const cleanName = (s: string) => s.replace(/\s+/g, " ").trim()

/** The key an option name is recognised by: «Объем», «Объём », «объём» are one option. */
export const optionKey = (s: string) => cleanName(s).toLowerCase().replace(/ё/g, "е")

/** Characteristics with cleaned names and values, empty ones and repeated names dropped (first wins). */
export function normaliseCharacteristics(chars: Characteristic[]): Characteristic[] {
  const seen = new Set<string>()
  const out: Characteristic[] = []
  for (const c of chars) {
    const name = cleanName(c.name)
    const value = cleanName(c.value)
    if (!name || !value || seen.has(optionKey(name))) continue
    seen.add(optionKey(name))
    out.push({ name, value })
  }
  return out
}

/**
 * A value of the old single option («Цвет: Белый, Объём: 0,9 л») back into characteristics; a comma
 * inside a value ("0,9 л") stays, since a new pair starts only at ", <Name>: ". Null when the string
 * is not of that form (the placeholder «Основной», a bare name).
 */
export function parseVariantTitle(s: string): Characteristic[] | null {
  const parts = s.split(/,\s+(?=[^,:]+:\s)/)
  const out: Characteristic[] = []
  for (const p of parts) {
    const i = p.indexOf(":")
    if (i <= 0) return null
    out.push({ name: p.slice(0, i), value: p.slice(i + 1) })
  }
  const clean = normaliseCharacteristics(out)
  return clean.length === parts.length ? clean : null
}

/** The short, stable tag a colliding variant gets: the first 8 letters/digits of its characteristic id. */
export const shortId = (id: string) => id.replace(/[^a-z0-9]/gi, "").slice(0, 8) || id.slice(0, 8)

export type PlannedVariant = {
  /** the variant's id, or any key for one still to be created */
  key: string
  /** its 1C characteristic id (null: the product's base variant) */
  characteristic_id: string | null
  /** characteristics as 1C sent them; null = not sent now: keep `current` */
  characteristics: Characteristic[] | null
  /** what it carries now: option title → value (existing variants) */
  current?: Record<string, string>
  /** its name in 1C, for a characteristic sent without any ХарактеристикиТовара */
  name?: string | null
}

export type OptionPlan = {
  /** the product's options in order, each with the values its variants use */
  options: { title: string; values: string[] }[]
  /** per variant key: option title → value; the base variant (if any) is absent */
  values: Map<string, Record<string, string>>
  /** variant title from its values ("Цвет: Белый, Объём: 0,9 л") */
  titles: Map<string, string>
  /** keys of base variants (no characteristic) that characteristic variants replace */
  replaced_base: string[]
  warnings: string[]
}

/**
 * The options of one product and each variant's values. Option titles keep the first spelling seen
 * (existing options first, then variants in the order given: existing ones before new ones), so a
 * later «Объем» joins «Объём». A variant lacking a characteristic others have gets «—». Two
 * characteristics with the same values keep both variants: the one with the larger characteristic
 * id gets its short id on its last value ("0,9 л (218a1598)"), whatever the order they arrive in,
 * and a warning is returned. A product without any
 * characteristic variant keeps its base variant on the placeholder option.
 */
export function planOptions(input: {
  existing_titles: string[]
  variants: PlannedVariant[]
  product_label?: string
}): OptionPlan {
  const plan: OptionPlan = {
    options: [],
    values: new Map(),
    titles: new Map(),
    replaced_base: [],
    warnings: [],
  }
  const charsOf = new Map<string, Characteristic[]>()
  for (const v of input.variants) {
    if (!v.characteristic_id) continue
    let chars = v.characteristics ? normaliseCharacteristics(v.characteristics) : null
    if (!chars && v.current) {
      const entries = Object.entries(v.current)
      // the old single option's whole string, else the option values as they are
      const old =
        entries.length === 1 && optionKey(entries[0][0]) === optionKey(PLACEHOLDER_OPTION)
          ? parseVariantTitle(entries[0][1])
          : null
      chars =
        old ??
        normaliseCharacteristics(
          entries
            .filter(([, value]) => value !== MISSING_VALUE)
            .map(([name, value]) => ({ name, value }))
        )
    }
    if (!chars?.length)
      chars = [
        {
          name: PLACEHOLDER_OPTION,
          value: cleanName(v.name ?? "") || shortId(v.characteristic_id),
        },
      ]
    charsOf.set(v.key, chars)
  }
  if (!charsOf.size) {
    // no characteristics: the base variant(s) on the placeholder option
    for (const v of input.variants) {
      plan.values.set(v.key, { [PLACEHOLDER_OPTION]: PLACEHOLDER_VALUE })
      plan.titles.set(v.key, PLACEHOLDER_VALUE)
    }
    plan.options.push({ title: PLACEHOLDER_OPTION, values: [PLACEHOLDER_VALUE] })
    return plan
  }
  plan.replaced_base = input.variants.filter((v) => !v.characteristic_id).map((v) => v.key)

  // option titles: first spelling wins; the placeholder option only if some variant needs it
  const titleOf = new Map<string, string>()
  const order: string[] = []
  const used = new Set<string>()
  for (const chars of charsOf.values()) for (const c of chars) used.add(optionKey(c.name))
  for (const t of input.existing_titles) {
    const k = optionKey(t)
    if (used.has(k) && !titleOf.has(k)) titleOf.set(k, t)
  }
  for (const chars of charsOf.values())
    for (const c of chars) {
      const k = optionKey(c.name)
      if (!titleOf.has(k)) titleOf.set(k, c.name)
      if (!order.includes(k)) order.push(k)
    }
  const titles = order.map((k) => titleOf.get(k)!)

  // values per variant; of variants with the same values, the one with the smallest characteristic
  // id keeps them plain, the others get their short id on the last value (same result in any order)
  const raw = new Map<string, string[]>()
  const groups = new Map<string, PlannedVariant[]>()
  for (const v of input.variants) {
    const chars = charsOf.get(v.key)
    if (!chars) continue
    const byKey = new Map(chars.map((c) => [optionKey(c.name), c.value]))
    const vals = order.map((k) => byKey.get(k) ?? MISSING_VALUE)
    raw.set(v.key, vals)
    const tuple = JSON.stringify(vals)
    groups.set(tuple, [...(groups.get(tuple) ?? []), v])
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue
    const [first, ...rest] = [...group].sort((a, b) =>
      a.characteristic_id! < b.characteristic_id!
        ? -1
        : a.characteristic_id! > b.characteristic_id!
          ? 1
          : 0
    )
    for (const v of rest) {
      const vals = raw.get(v.key)!
      const tag = shortId(v.characteristic_id!)
      plan.warnings.push(
        `${input.product_label ? `${input.product_label}: ` : ""}характеристики ${first.characteristic_id} и ${v.characteristic_id} с одинаковыми значениями (${vals.join(", ")}): вторая помечена «(${tag})»`
      )
      vals[vals.length - 1] = `${vals[vals.length - 1]} (${tag})`
    }
  }
  const valuesOf = new Map<string, Set<string>>(titles.map((t) => [t, new Set<string>()]))
  for (const v of input.variants) {
    const vals = raw.get(v.key)
    if (!vals) continue
    const rec: Record<string, string> = {}
    titles.forEach((t, i) => {
      rec[t] = vals[i]
      valuesOf.get(t)!.add(vals[i])
    })
    plan.values.set(v.key, rec)
    plan.titles.set(v.key, titles.map((t, i) => `${t}: ${vals[i]}`).join(", "))
  }
  plan.options = titles.map((t) => ({ title: t, values: [...valuesOf.get(t)!] }))
  return plan
}
