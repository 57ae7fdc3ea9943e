/** Events of the documents module: `<module>.<entity>.<action>` (as core's `*WorkflowEvents`). */
export const DocumentsEvents = {
  DOCUMENT_REQUESTED: "documents.document.requested",
  DOCUMENT_READY: "documents.document.ready",
  DOCUMENT_FAILED: "documents.document.failed",
} as const
