import { z } from "zod"

/** GET /store/b2b/catalog/products and /facets: scope, attribute filters (attr[<name>]=v1|v2) and bounds. */
export const CatalogQuery = z
  .object({
    category_id: z.string().trim().min(1).max(100).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    attr: z.record(z.string(), z.union([z.string(), z.array(z.string())]), { message: "attr: expected attr[<attribute name>]=<value>" }).optional(),
    limit: z.coerce.number().int().min(1, "limit: 1 to 100").max(100, "limit: 1 to 100").default(24),
    offset: z.coerce.number().int().min(0, "offset: 0 or more").default(0),
    max_attributes: z.coerce.number().int().min(1).max(200, "max_attributes: at most 200").default(50),
    max_values: z.coerce.number().int().min(1).max(200, "max_values: at most 200").default(30),
  })
  .strict()
export type CatalogQueryBody = z.infer<typeof CatalogQuery>
