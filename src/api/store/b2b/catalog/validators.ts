import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"

/** GET /store/b2b/catalog/products and /facets: scope, attribute filters (attr[<name>]=v1|v2), option filters (opt[<name>]=v1|v2) and bounds. */
export const CatalogQuery = z
  .object({
    category_id: line().trim().min(1).max(100).optional(),
    q: line().trim().min(1).max(200).optional(),
    attr: z
      .record(line(), z.union([line(), z.array(line())]), {
        message: "attr: expected attr[<attribute name>]=<value>",
      })
      .optional(),
    // product options (1C characteristics): opt[Цвет]=Белый|Чёрный
    opt: z
      .record(line(), z.union([line(), z.array(line())]), {
        message: "opt: expected opt[<option name>]=<value>",
      })
      .optional(),
    limit: int4(z.coerce.number().int())
      .min(1, "limit: 1 to 100")
      .max(100, "limit: 1 to 100")
      .default(24),
    offset: int4(z.coerce.number().int()).min(0, "offset: 0 or more").default(0),
    max_attributes: int4(z.coerce.number().int())
      .min(1)
      .max(200, "max_attributes: at most 200")
      .default(50),
    max_values: int4(z.coerce.number().int())
      .min(1)
      .max(200, "max_values: at most 200")
      .default(30),
  })
  .strict()

export type CatalogQuery = z.infer<typeof CatalogQuery>
