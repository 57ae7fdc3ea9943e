import { validateAndTransformQuery } from "./index"
import { ListQuery, StatusListQuery } from "./fields"

/** limit/offset/q of the manager lists */
export const listQuery = () => validateAndTransformQuery(ListQuery, { isList: true, defaults: [] })
/** … with a status filter */
export const statusListQuery = () =>
  validateAndTransformQuery(StatusListQuery, { isList: true, defaults: [] })
