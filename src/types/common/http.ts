/** Helpers shared by the HTTP types of every domain. Type-only. */

export type * from "./responses"

/**
 * What a route may hand to `res.json` for the wire shape T: JSON writes a Date as its ISO string, so a
 * Date may stand wherever T has a string (rows of a module service carry Dates, the wire has strings).
 * A route declares `res: MedusaResponse<JsonOf<StoreXResponse>>` when its rows come with Dates.
 */
export type JsonOf<T> = T extends string
  ? T | Date
  : IsRawNumber<T> extends true
    ? T | Record<string, unknown>
    : T extends (infer U)[]
      ? JsonOf<U>[]
      : T extends object
        ? { [K in keyof T]: JsonOf<T[K]> }
        : T

/**
 * A big-number column's exact value as Medusa serialises it (`raw_amount: { value: "12.50", precision }`); the
 * module's rows type it `Record<string, unknown>`, which JsonOf accepts in its place.
 */
export type RawNumber = { value: string; precision?: number }

type IsRawNumber<T> = T extends RawNumber
  ? Exclude<keyof T, keyof RawNumber> extends never
    ? true
    : false
  : false
