/** The shapes of /admin/b2b/one-c/*, written once in src/types. */
export type {
  Category,
  FileCounts,
  GroupMapping,
  LogRow,
  OutboxRow,
  Session,
  SessionDetail,
  SessionFile,
} from "../../../types/one-c/http"
