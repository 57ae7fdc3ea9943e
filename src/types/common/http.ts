/** Helpers shared by the HTTP types of every domain. Type-only. */

/**
 * What a route may hand to `res.json` for the wire shape T: JSON writes a Date as its ISO string, so a
 * Date may stand wherever T has a string (rows of a module service carry Dates, the wire has strings).
 * A route declares `res: MedusaResponse<JsonOf<StoreXResponse>>` when its rows come with Dates.
 */
export type JsonOf<T> = T extends string
  ? T | Date
  : T extends (infer U)[]
    ? JsonOf<U>[]
    : T extends object
      ? { [K in keyof T]: JsonOf<T[K]> }
      : T
