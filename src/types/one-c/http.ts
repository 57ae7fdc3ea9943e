/**
 * HTTP shapes of the manager's 1C API (/admin/b2b/one-c/*). Type-only: imported by the routes
 * and the admin extension.
 */

export type * from "./responses"

// request bodies: the routes' zod schemas
export type { OneCCategoryMap as AdminOneCCategoryMap } from "../../api/admin/b2b/one-c/validators"
